import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// Checks docker-compose.yml against the code, since no container runtime can run it here.

interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string; args?: Record<string, string> };
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, unknown> | string[];
  volumes?: string[];
}

const repoRoot = path.resolve(__dirname, '..', '..');
const compose = parse(fs.readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const workspaces = (
  JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { workspaces: string[] }
).workspaces;

const appServices = Object.entries(compose.services).flatMap(([composeName, service]) => {
  const name = service.build?.args?.SERVICE;
  return name === undefined ? [] : [{ composeName, name, env: service.environment ?? {} }];
});

function sourceText(dir: string): string {
  if (!fs.existsSync(dir)) return '';
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => fs.readFileSync(path.join(dir, file), 'utf8'))
    .join('\n');
}

describe('docker-compose.yml', () => {
  it('runs the five services', () => {
    expect(appServices.map((s) => s.name).sort()).toEqual([
      'account',
      'change-ticket',
      'licensing',
      'notification',
      'order',
    ]);
  });

  it.each(appServices)('$composeName is a workspace under services/', ({ name }) => {
    expect(workspaces).toContain(`services/${name}`);
  });

  for (const service of appServices) {
    const srcDir = path.join(repoRoot, 'services', service.name, 'src');
    if (!fs.existsSync(srcDir)) {
      // Comes in its own issue; the checks below switch on once its src/ exists.
      it.todo(`${service.name}: services/${service.name}/src/main.ts exists and reads every variable it is given`);
      continue;
    }

    it(`${service.name}: services/${service.name}/src/main.ts exists`, () => {
      expect(fs.existsSync(path.join(srcDir, 'main.ts'))).toBe(true);
    });

    it(`${service.name}: every environment variable it is given is read by its config`, () => {
      const code = sourceText(path.join(repoRoot, 'services', 'platform', 'src')) + sourceText(srcDir);
      const unread = Object.keys(service.env).filter((variable) => !code.includes(variable));
      expect(unread).toEqual([]);
    });
  }

  it('every command override names a file that exists', () => {
    const scripts = Object.values(compose.services)
      .flatMap((service) => service.command ?? [])
      .filter((arg) => arg.endsWith('.ts'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(fs.existsSync(path.join(repoRoot, script))).toBe(true);
  });

  it('every dependency is a service of the file', () => {
    const names = Object.keys(compose.services);
    for (const service of Object.values(compose.services)) {
      const dependencies = Array.isArray(service.depends_on)
        ? service.depends_on
        : Object.keys(service.depends_on ?? {});
      for (const dependency of dependencies) expect(names).toContain(dependency);
    }
  });

  it('builds from the Dockerfile that exists', () => {
    for (const service of Object.values(compose.services).filter((s) => s.build)) {
      expect(
        fs.existsSync(path.join(repoRoot, service.build!.context ?? '.', service.build!.dockerfile ?? 'Dockerfile')),
      ).toBe(true);
    }
  });

  it('mounts the collector config that exists', () => {
    const mounts = compose.services['otel-collector']?.volumes ?? [];
    const config = mounts
      .map((mount) => mount.split(':')[0] ?? '')
      .find((source) => source.endsWith('otel-collector.yaml'));
    expect(config).toBe('./deploy/otel-collector.yaml');
    expect(fs.existsSync(path.join(repoRoot, config!))).toBe(true);
  });

  it('the collector config is valid YAML with a traces pipeline to Jaeger', () => {
    const collector = parse(fs.readFileSync(path.join(repoRoot, 'deploy', 'otel-collector.yaml'), 'utf8')) as {
      exporters: Record<string, { endpoint?: string }>;
      service: { pipelines: Record<string, { exporters: string[] }> };
    };
    expect(collector.service.pipelines.traces?.exporters).toContain('otlp/jaeger');
    expect(collector.exporters['otlp/jaeger']?.endpoint).toBe('jaeger:4317');
  });
});
