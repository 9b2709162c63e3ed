import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { baseShape, loadConfig, ServiceDefinition } from '@portal/platform';
import { KubeObject, parseObjects, renderChart } from '../../deploy/helm/render';
import { ensureHelm } from '../../deploy/helm/tools';
import { accountService } from '../../services/account/src/service';
import { changeTicketService } from '../../services/change-ticket/src/service';
import { licensingService } from '../../services/licensing/src/service';
import { notificationService } from '../../services/notification/src/service';
import { orderService } from '../../services/order/src/service';

/**
 * The Helm chart and docker-compose.yml start the same five services: each must set every variable the service
 * reads at start (its config schema, its own configExtra, telemetry's OTEL_* variables) to a value the service
 * accepts, the two must set the same variables, and run the same images. A variable with a code default is still
 * set explicitly, because the defaults are for a laptop (HTTP_HOST 127.0.0.1 would make a pod unreachable).
 */
const repoRoot = path.resolve(__dirname, '..', '..');
const definitions: ServiceDefinition[] = [
  orderService,
  changeTicketService,
  licensingService,
  notificationService,
  accountService,
];
/** Read at start outside the config schema: services/platform/src/telemetry/start.ts. */
// Read by telemetry/resource.ts rather than the config schema.
const telemetryVariables = ['OTEL_SERVICE_NAME', 'DEPLOYMENT_ENVIRONMENT'];

type Env = Record<string, string>;
interface Deployed {
  env: Env;
  image: string;
}

/** Variables a service reads, and whether it may run without them (optional: the feature is off). */
function variablesOf(definition: ServiceDefinition) {
  const shape: Record<string, z.ZodTypeAny> = { ...baseShape, ...(definition.configExtra ?? {}) };
  const all = [...Object.keys(shape), ...telemetryVariables];
  const optional = Object.keys(shape).filter((name) => shape[name] instanceof z.ZodOptional);
  return { all, mustSet: all.filter((name) => !optional.includes(name)), optional };
}

/** `${NAME:-default}` as compose resolves it with nothing in the environment. */
const composeDefault = (value: string) => value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');

function fromCompose(): Record<string, Deployed> {
  const compose = parse(fs.readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, { image?: string; build?: { args?: Env }; environment?: Env }>;
  };
  return Object.fromEntries(
    Object.values(compose.services)
      .filter((service) => service.build?.args?.SERVICE)
      .map((service) => [
        service.build!.args!.SERVICE!,
        {
          env: Object.fromEntries(
            Object.entries(service.environment ?? {}).map(([k, v]) => [k, composeDefault(String(v))]),
          ),
          image: composeDefault(service.image ?? ''),
        },
      ]),
  );
}

function fromChart(objects: KubeObject[]): Record<string, Deployed> {
  const data = (kind: string, name: string) =>
    (objects.find((o) => o.kind === kind && o.metadata.name === name) as
      { data?: Env; stringData?: Env } | undefined) ?? {};
  type Container = {
    image: string;
    envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
    env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  };
  return Object.fromEntries(
    objects
      .filter((o) => o.kind === 'Deployment')
      .map((deployment) => {
        const spec = deployment.spec as { template: { spec: { containers: Container[] } } };
        const container = spec.template.spec.containers[0]!;
        const env: Env = {};
        for (const source of container.envFrom ?? []) {
          if (source.configMapRef) Object.assign(env, data('ConfigMap', source.configMapRef.name).data);
          if (source.secretRef) Object.assign(env, data('Secret', source.secretRef.name).stringData);
        }
        for (const variable of container.env ?? []) {
          const secret = variable.valueFrom?.secretKeyRef;
          env[variable.name] = secret
            ? (data('Secret', secret.name).stringData?.[secret.key] ?? '')
            : (variable.value ?? '');
        }
        return [deployment.metadata.labels!['app.kubernetes.io/name']!, { env, image: container.image }];
      }),
  );
}

describe('the Helm chart and docker-compose.yml configure every service alike', () => {
  let chart: Record<string, Deployed>;
  const compose = fromCompose();

  beforeAll(async () => {
    // Built once into .local/bin (CI's helm:check step has done it already).
    const helm = await ensureHelm((line) => console.log(line));
    chart = fromChart(parseObjects(await renderChart(helm, [])));
  }, 30 * 60_000);

  it('both run the five services', () => {
    const names = definitions.map((d) => d.name).sort();
    expect(Object.keys(chart).sort()).toEqual(names);
    expect(Object.keys(compose).sort()).toEqual(names);
  });

  describe.each(definitions.map((definition) => [definition.name, definition] as const))('%s', (name, definition) => {
    const { all, mustSet } = variablesOf(definition);

    it.each(['chart', 'compose'])('the %s sets every variable it reads without an off switch', (source) => {
      const env = (source === 'chart' ? chart : compose)[name]!.env;
      expect(mustSet.filter((variable) => env[variable] === undefined)).toEqual([]);
    });

    it.each(['chart', 'compose'])('the %s sets nothing the service does not read', (source) => {
      const env = (source === 'chart' ? chart : compose)[name]!.env;
      expect(Object.keys(env).filter((variable) => !all.includes(variable))).toEqual([]);
    });

    it.each(['chart', 'compose'])('the %s values pass the service’s config schema', (source) => {
      const env = (source === 'chart' ? chart : compose)[name]!.env;
      expect(() => loadConfig(name, { env, extra: definition.configExtra })).not.toThrow();
    });

    it('the chart and compose set the same variables and run the same image', () => {
      expect(Object.keys(chart[name]!.env).sort()).toEqual(Object.keys(compose[name]!.env).sort());
      expect(chart[name]!.image).toBe(compose[name]!.image);
      expect(compose[name]!.image).toBe(`portal-${name}:dev`);
    });
  });
});
