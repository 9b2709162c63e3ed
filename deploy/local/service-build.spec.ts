import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths';
import { buildServicesInto, compileFile, sourcesFingerprint } from './service-build';

describe('the services as the image runs them (compiled ahead of time)', () => {
  let out: string;
  beforeAll(() => {
    // Inside the repository, as in the image (/app/build): third-party packages resolve from the node_modules above.
    fs.mkdirSync(path.join(repoRoot, 'dist'), { recursive: true });
    out = fs.mkdtempSync(path.join(repoRoot, 'dist', 'spec-'));
    buildServicesInto(out);
  });
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('holds every service entry point as JavaScript, with no TypeScript left to compile', () => {
    for (const service of ['order', 'change-ticket', 'licensing', 'notification', 'account'])
      expect(fs.existsSync(path.join(out, 'services', service, 'src', 'main.js'))).toBe(true);
    const leftovers = execFileSync('find', [out, '-name', '*.ts', '-not', '-name', '*.d.ts']).toString().trim();
    expect(leftovers).toBe('');
  });

  it('loads with plain node: workspace packages resolve to the build, files read at run time are beside the code', () => {
    const script = `
      const { EventCodec, topicCatalog } = require('@portal/contracts');
      const codec = new EventCodec();
      console.log(JSON.stringify({ topics: topicCatalog.length, contracts: require.resolve('@portal/contracts') }));`;
    const printed = execFileSync(process.execPath, ['-e', script], { cwd: path.join(out, 'services', 'order') });
    const { topics, contracts } = JSON.parse(printed.toString());
    expect(topics).toBeGreaterThan(0);
    expect(contracts).toBe(path.join(fs.realpathSync(out), 'contracts', 'src', 'index.js'));
  });

  it('names the TypeScript line in stack traces (source maps)', () => {
    const { code, map } = compileFile('const x: number = 1;\nthrow new Error(`at ${x}`);\n', '/repo/thrower.ts');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-build-map-'));
    fs.writeFileSync(path.join(dir, 'thrower.js'), code);
    fs.writeFileSync(path.join(dir, 'thrower.js.map'), map);
    let stderr = '';
    try {
      execFileSync(process.execPath, ['--enable-source-maps', path.join(dir, 'thrower.js')], { stdio: 'pipe' });
    } catch (error) {
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    expect(stderr).toMatch(/\/repo\/thrower\.ts:2/);
  });

  it('is named by the sources: the same files give the same fingerprint, a changed one another', () => {
    expect(sourcesFingerprint()).toBe(sourcesFingerprint());
    expect(sourcesFingerprint(['package.json'])).not.toBe(sourcesFingerprint(['tsconfig.json']));
  });
});
