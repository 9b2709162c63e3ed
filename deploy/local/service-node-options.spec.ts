import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';
import { SERVICE_MALLOC_ENV, SERVICE_NODE_OPTIONS, serviceProcessEnv } from './service-node-options';

describe('the memory settings of a service process', () => {
  it('are the same in the image as in the processes started here', () => {
    const dockerfile = fs.readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain(`NODE_OPTIONS="${SERVICE_NODE_OPTIONS}"`);
    for (const [name, value] of Object.entries(SERVICE_MALLOC_ENV)) expect(dockerfile).toContain(`${name}=${value}`);
  });

  it("set the allocator's threshold unless the environment already does", () => {
    const before = process.env.MALLOC_MMAP_THRESHOLD_;
    try {
      delete process.env.MALLOC_MMAP_THRESHOLD_;
      expect(serviceProcessEnv().MALLOC_MMAP_THRESHOLD_).toBe('131072');
      process.env.MALLOC_MMAP_THRESHOLD_ = '65536';
      expect(serviceProcessEnv().MALLOC_MMAP_THRESHOLD_).toBe('65536');
    } finally {
      if (before === undefined) delete process.env.MALLOC_MMAP_THRESHOLD_;
      else process.env.MALLOC_MMAP_THRESHOLD_ = before;
    }
  });

  it('give way to a NODE_OPTIONS already set, and to what the caller adds', () => {
    const before = process.env.NODE_OPTIONS;
    try {
      delete process.env.NODE_OPTIONS;
      expect(serviceProcessEnv({ HTTP_PORT: '1' })).toMatchObject({
        NODE_OPTIONS: SERVICE_NODE_OPTIONS,
        HTTP_PORT: '1',
      });
      process.env.NODE_OPTIONS = '--max-old-space-size=512';
      expect(serviceProcessEnv().NODE_OPTIONS).toBe('--max-old-space-size=512');
    } finally {
      if (before === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = before;
    }
  });
});
