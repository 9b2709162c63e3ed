import fs from 'node:fs';
import path from 'node:path';

export interface ServiceIdentity {
  'service.name': string;
  'service.version': string;
  'deployment.environment': string;
  'deployment.environment.name': string;
}

/**
 * Who is reporting, before the service definition is loaded: OTEL_SERVICE_NAME when set, else the workspace of the
 * entry script (`services/order/src/main.ts` -> `@portal/order` -> `order`, with its package version). The
 * environment comes from DEPLOYMENT_ENVIRONMENT (default `local`); OTEL_RESOURCE_ATTRIBUTES still overrides all.
 */
export function serviceIdentity(
  env: NodeJS.ProcessEnv = process.env,
  entry: string | undefined = process.argv[1],
): ServiceIdentity {
  const pkg = entry ? nearestPackage(path.resolve(entry)) : undefined;
  const derived = pkg?.name?.replace(/^@[^/]+\//, '');
  const environment = env.DEPLOYMENT_ENVIRONMENT || 'local';
  return {
    'service.name': env.OTEL_SERVICE_NAME || derived || 'portal-service',
    'service.version': env.SERVICE_VERSION || pkg?.version || '0.0.0',
    'deployment.environment': environment,
    'deployment.environment.name': environment,
  };
}

function nearestPackage(file: string): { name?: string; version?: string } | undefined {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      try {
        return JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      } catch {
        return undefined;
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}
