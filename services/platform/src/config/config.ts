import { z } from 'zod';

/** A bad or missing environment variable; the message names every one at fault. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const list = z
  .string()
  .min(1)
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

export const baseShape = {
  HTTP_PORT: z.coerce.number().int().min(0).max(65535),
  // Loopback by default; containers set 0.0.0.0.
  HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  // How long the edge keeps an idle client connection open. Longer than the idle timeout of whatever pools
  // connections in front of it (60 s for nginx, AWS ALB, many proxies): with Node's 5 s the edge could close a
  // connection just as the proxy reused it, and that request failed (a 502 at the proxy, ECONNRESET for a client).
  HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(65),
  // The longest rest ingestion takes after each time slice while the edge is slowed (runtime/ingestion-pacer.ts);
  // 0: ingestion never rests for the edge (a consumer-only replica has no edge requests and never rests anyway).
  INGEST_YIELD_MAX_MS: z.coerce.number().int().min(0).max(1000).default(64),
  KAFKA_BROKERS: list.default('127.0.0.1:9092'),
  MONGO_URL: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb://')
    .default('mongodb://127.0.0.1:27017'),
  MONGO_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/)
    .optional(),
  // One connection by default: FerretDB/SQLite has a single writer and wedges when one client writes concurrently
  // (see services/platform/README.md). Raise it against MongoDB.
  MONGO_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(1),
  MONGO_READ_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(4),
  TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/)
    .default(''),
  JWT_ISSUER: z.string().url().default('http://127.0.0.1:8090'),
  JWT_AUDIENCE: z.string().min(1).default('portal'),
  JWKS_URL: z.string().url().default('http://127.0.0.1:8090/.well-known/jwks.json'),
  // Token policy: signature algorithms accepted, longest lifetime, tolerated clock difference with the issuer.
  JWT_ALGORITHMS: list
    .pipe(z.array(z.enum(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'])))
    .default('RS256'),
  JWT_MAX_LIFETIME_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 24 * 3600)
    .default(24 * 3600),
  JWT_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  SCHEMA_REGISTRY_URL: z.string().url().optional(),
};

export interface ServiceConfig {
  serviceName: string;
  httpPort: number;
  httpHost: string;
  httpKeepAliveTimeoutSeconds: number;
  ingestYieldMaxMs: number;
  kafkaBrokers: string[];
  mongoUrl: string;
  mongoDb: string;
  mongoPoolSize: number;
  /** Connections of the read side (edge reads, principal lookups), apart from the writes'. */
  mongoReadPoolSize: number;
  topicPrefix: string;
  jwtIssuer: string;
  jwtAudience: string;
  jwksUrl: string;
  jwtAlgorithms: string[];
  jwtMaxLifetimeSeconds: number;
  jwtClockSkewSeconds: number;
  logLevel: string;
  otlpEndpoint?: string;
  schemaRegistryUrl?: string;
}

/**
 * Reads the service's configuration from the environment. `defaultPort` makes HTTP_PORT optional; `extra` adds the
 * service's own variables (a zod shape keyed by variable name), returned under `extra`.
 */
export function loadConfig<E extends z.ZodRawShape = Record<never, never>>(
  serviceName: string,
  options: { defaultPort?: number; extra?: E; env?: NodeJS.ProcessEnv } = {},
): ServiceConfig & { extra: z.infer<z.ZodObject<E>> } {
  const env = options.env ?? process.env;
  const shape = {
    ...baseShape,
    HTTP_PORT:
      options.defaultPort === undefined ? baseShape.HTTP_PORT : baseShape.HTTP_PORT.default(options.defaultPort),
  };
  const base = z.object(shape).safeParse(env);
  const extra = z.object(options.extra ?? ({} as E)).safeParse(env);
  const issues = [...(base.success ? [] : base.error.issues), ...(extra.success ? [] : extra.error.issues)];
  if (issues.length > 0 || !base.success || !extra.success) {
    const lines = issues.map((issue) => {
      const variable = String(issue.path[0]);
      const value = env[variable];
      return `- ${variable}: ${value === undefined ? 'missing' : issue.message}`;
    });
    throw new ConfigError(`${serviceName}: invalid configuration\n${lines.join('\n')}`);
  }
  const b = base.data;
  return {
    serviceName,
    httpPort: b.HTTP_PORT,
    httpHost: b.HTTP_HOST,
    httpKeepAliveTimeoutSeconds: b.HTTP_KEEP_ALIVE_TIMEOUT_SECONDS,
    ingestYieldMaxMs: b.INGEST_YIELD_MAX_MS,
    kafkaBrokers: b.KAFKA_BROKERS,
    mongoUrl: b.MONGO_URL,
    mongoDb: b.MONGO_DB ?? `portal-${serviceName}`,
    mongoPoolSize: b.MONGO_POOL_SIZE,
    mongoReadPoolSize: b.MONGO_READ_POOL_SIZE,
    topicPrefix: b.TOPIC_PREFIX,
    jwtIssuer: b.JWT_ISSUER,
    jwtAudience: b.JWT_AUDIENCE,
    jwksUrl: b.JWKS_URL,
    jwtAlgorithms: b.JWT_ALGORITHMS,
    jwtMaxLifetimeSeconds: b.JWT_MAX_LIFETIME_SECONDS,
    jwtClockSkewSeconds: b.JWT_CLOCK_SKEW_SECONDS,
    logLevel: b.LOG_LEVEL,
    otlpEndpoint: b.OTEL_EXPORTER_OTLP_ENDPOINT,
    schemaRegistryUrl: b.SCHEMA_REGISTRY_URL,
    extra: extra.data,
  };
}
