import { z } from 'zod';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('given an empty environment and a default port, runs locally on defaults', () => {
    const config = loadConfig('order', { defaultPort: 8081, env: {} });
    expect(config).toMatchObject({
      httpPort: 8081,
      kafkaBrokers: ['127.0.0.1:9092'],
      mongoDb: 'portal-order',
      topicPrefix: '',
      httpKeepAliveTimeoutSeconds: 65,
    });
  });

  it('keeps idle edge connections as long as asked, within 1 s to 1 h', () => {
    const env = { HTTP_PORT: '1', HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: '125' };
    expect(loadConfig('order', { env }).httpKeepAliveTimeoutSeconds).toBe(125);
    expect(() => loadConfig('order', { env: { ...env, HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: '0' } })).toThrow(
      /HTTP_KEEP_ALIVE_TIMEOUT_SECONDS/,
    );
  });

  it('lets ingestion rest up to 64 ms for the edge by default; 0 turns it off, more than 1 s is refused', () => {
    expect(loadConfig('order', { env: { HTTP_PORT: '1' } }).ingestYieldMaxMs).toBe(64);
    expect(loadConfig('order', { env: { HTTP_PORT: '1', INGEST_YIELD_MAX_MS: '0' } }).ingestYieldMaxMs).toBe(0);
    expect(() => loadConfig('order', { env: { HTTP_PORT: '1', INGEST_YIELD_MAX_MS: '5000' } })).toThrow(
      /INGEST_YIELD_MAX_MS/,
    );
  });

  it('names every bad or missing variable at once', () => {
    const attempt = () =>
      loadConfig('order', {
        env: { KAFKA_BROKERS: '', MONGO_URL: 'postgres://x', LOG_LEVEL: 'loud' },
        extra: { SMTP_URL: z.string().url() },
      });
    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const variable of ['HTTP_PORT: missing', 'KAFKA_BROKERS', 'MONGO_URL', 'LOG_LEVEL', 'SMTP_URL: missing']) {
      expect(message).toContain(variable);
    }
  });

  it('splits a broker list and returns the service’s own variables', () => {
    const config = loadConfig('x', {
      env: { HTTP_PORT: '9', KAFKA_BROKERS: 'a:1, b:2', SMTP_URL: 'smtp://h:25' },
      extra: { SMTP_URL: z.string() },
    });
    expect(config.kafkaBrokers).toEqual(['a:1', 'b:2']);
    expect(config.extra.SMTP_URL).toBe('smtp://h:25');
  });
});
