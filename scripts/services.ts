import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../deploy/local/paths';
import { serviceProcessEnv } from '../deploy/local/service-node-options';

export interface ServiceDefinition {
  name: string;
  port: number;
  /** What the service needs locally beyond the common variables (demo seeding, the SMTP catcher). */
  localEnv?: Record<string, string>;
}

/** Every service of the platform and its local HTTP port. */
export const services: ServiceDefinition[] = [
  { name: 'order', port: 8081, localEnv: { DEMO_SEED: 'true' } },
  { name: 'change-ticket', port: 8082, localEnv: { DEMO_SEED: 'true' } },
  { name: 'licensing', port: 8083, localEnv: { DEMO_SEED: 'true' } },
  {
    name: 'notification',
    port: 8084,
    localEnv: { SMTP_URL: `smtp://127.0.0.1:${Number(process.env.SMTP_CATCHER_SMTP_PORT ?? 1025)}` },
  },
  { name: 'account', port: 8085, localEnv: { DEMO_SEED: 'true' } },
];

export function serviceEntry(name: string): string {
  return path.join('services', name, 'src', 'main.ts');
}

/** Services whose code exists in this checkout; the others come in later issues. */
export function implementedServices(): ServiceDefinition[] {
  return services.filter((service) => fs.existsSync(path.join(repoRoot, serviceEntry(service.name))));
}

export const mailCatcher = {
  smtpPort: Number(process.env.SMTP_CATCHER_SMTP_PORT ?? 1025),
  httpPort: Number(process.env.SMTP_CATCHER_HTTP_PORT ?? 1080),
  get url(): string {
    return `http://127.0.0.1:${this.httpPort}`;
  },
};

export const devIdentity = {
  port: Number(process.env.DEV_IDP_PORT ?? 8090),
  /** 0.0.0.0 in a container, so other containers reach the JWKS. */
  host: process.env.DEV_IDP_HOST ?? '127.0.0.1',
  get issuer(): string {
    return process.env.JWT_ISSUER ?? `http://127.0.0.1:${this.port}`;
  },
  audience: process.env.JWT_AUDIENCE ?? 'portal',
  keyDir: path.join(repoRoot, '.local', 'dev-idp'),
};

export interface ServiceEnvironment {
  kafkaBrokers: string[];
  mongoUrl: string;
  /** Exporter variables for the local trace store, if it runs. */
  traceEnv?: Record<string, string>;
}

export function serviceEnv(service: ServiceDefinition, infra: ServiceEnvironment): NodeJS.ProcessEnv {
  return serviceProcessEnv({
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    MONGO_URL: infra.mongoUrl,
    MONGO_DB: `portal-${service.name}`,
    HTTP_PORT: String(service.port),
    JWT_ISSUER: devIdentity.issuer,
    JWKS_URL: `http://127.0.0.1:${devIdentity.port}/.well-known/jwks.json`,
    JWT_AUDIENCE: devIdentity.audience,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    OTEL_SERVICE_NAME: service.name,
    DEPLOYMENT_ENVIRONMENT: process.env.DEPLOYMENT_ENVIRONMENT ?? 'local',
    ...infra.traceEnv,
    // The local platform is a demo: its business clock can be moved (npm run clock).
    DEMO_MODE: process.env.DEMO_MODE ?? 'true',
    ...service.localEnv,
  });
}
