import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { TestEnv } from '@portal/platform/src/testing';
import { orderService } from '../../services/order/src/service';

/**
 * The dashboard and the alert rules read only metrics a service really exposes: every metric name in their PromQL
 * must be in a running service's /metrics (the `# TYPE` lines, which prom-client writes even before a first sample).
 */
const observability = path.resolve(__dirname, '../../deploy/observability');
const PROMQL_WORDS = new Set(['and', 'or', 'unless', 'bool', 'offset', 'inf', 'nan']);
// Series Prometheus makes itself, not the services.
const PROMETHEUS_OWN = new Set(['up']);

/** Metric names an expression selects: identifiers that are neither functions, keywords, labels nor strings. */
export function metricNames(expr: string): string[] {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ');
  return [...stripped.matchAll(/(?<![\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?/g)]
    .filter((m) => !m[2] && !PROMQL_WORDS.has(m[1]!.toLowerCase()))
    .map((m) => m[1]!);
}

function exposedNames(exposition: string): Set<string> {
  const names = new Set<string>();
  for (const [, name, type] of exposition.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
    names.add(name!);
    if (type === 'histogram' || type === 'summary') for (const s of ['_bucket', '_sum', '_count']) names.add(name! + s);
  }
  return names;
}

function dashboardExpressions(): string[] {
  const dashboard = JSON.parse(fs.readFileSync(path.join(observability, 'grafana-dashboard.json'), 'utf8')) as {
    panels: { title: string; targets?: { expr: string }[] }[];
  };
  return dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
}

function ruleExpressions(): { recorded: Set<string>; expressions: string[] } {
  const rules = parse(fs.readFileSync(path.join(observability, 'alerts.yml'), 'utf8')) as {
    groups: { rules: { record?: string; alert?: string; expr: string }[] }[];
  };
  const all = rules.groups.flatMap((g) => g.rules);
  return {
    recorded: new Set(all.flatMap((r) => (r.record ? [r.record] : []))),
    expressions: all.map((r) => r.expr),
  };
}

describe('dashboard and alert rules against what /metrics exposes', () => {
  let env: TestEnv;
  let exposed: Set<string>;
  beforeAll(async () => {
    env = await TestEnv.create('observability-names');
    const order = await env.start(orderService);
    exposed = exposedNames((await env.http(order).get('/metrics')).text);
  });
  afterAll(() => env.close());

  it('reads the metric names out of PromQL', () => {
    expect(
      metricNames(
        'histogram_quantile(0.95, sum by (service, le) (rate(http_request_duration_seconds_bucket{route=~"/a"}[5m]))) > 1 and up == 0',
      ),
    ).toEqual(['http_request_duration_seconds_bucket', 'up']);
  });

  it('every metric the Grafana dashboard queries is exposed by a service', () => {
    const expressions = dashboardExpressions();
    expect(expressions.length).toBeGreaterThan(10);
    const missing = expressions.flatMap(metricNames).filter((name) => !exposed.has(name));
    expect(missing).toEqual([]);
  });

  it('every metric the alert rules read is exposed by a service, or recorded by the rules themselves', () => {
    const { recorded, expressions } = ruleExpressions();
    const missing = expressions
      .flatMap(metricNames)
      .filter((name) => !exposed.has(name) && !recorded.has(name) && !PROMETHEUS_OWN.has(name));
    expect(missing).toEqual([]);
  });
});
