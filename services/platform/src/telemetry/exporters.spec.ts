import { NoopSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { configuredExporters, spanProcessors } from './exporters';
import { serviceIdentity } from './resource';

describe('trace exporters from the OTEL_* variables', () => {
  it('exports nowhere by default, yet gives the SDK a processor so that it registers its tracer provider', () => {
    expect(configuredExporters({})).toEqual([]);
    const processors = spanProcessors([]);
    expect(processors).toHaveLength(1);
    expect(processors[0]).toBeInstanceOf(NoopSpanProcessor);
  });

  it('follows the endpoints that are set, and OTEL_TRACES_EXPORTER when given', () => {
    expect(configuredExporters({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toEqual(['otlp']);
    expect(configuredExporters({ OTEL_EXPORTER_ZIPKIN_ENDPOINT: 'http://127.0.0.1:9411/api/v2/spans' })).toEqual([
      'zipkin',
    ]);
    expect(configuredExporters({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).toEqual(
      [],
    );
    expect(configuredExporters({ OTEL_TRACES_EXPORTER: 'zipkin, console' })).toEqual(['zipkin', 'console']);
    expect(() => configuredExporters({ OTEL_TRACES_EXPORTER: 'jaeger' })).toThrow('unknown exporter jaeger');
  });
});

describe('service identity', () => {
  it('derives name and version from the workspace of the entry script', () => {
    expect(serviceIdentity({}, `${__dirname}/../../../order/src/main.ts`)).toEqual({
      'service.name': 'order',
      'service.version': '1.0.0',
      'deployment.environment': 'local',
      'deployment.environment.name': 'local',
    });
  });

  it('takes OTEL_SERVICE_NAME and DEPLOYMENT_ENVIRONMENT when set', () => {
    expect(
      serviceIdentity({ OTEL_SERVICE_NAME: 'licensing', DEPLOYMENT_ENVIRONMENT: 'prod' }, `${__dirname}/x.ts`),
    ).toMatchObject({ 'service.name': 'licensing', 'deployment.environment': 'prod' });
  });
});
