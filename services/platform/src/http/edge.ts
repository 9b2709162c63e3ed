import { randomUUID } from 'node:crypto';
import express, { NextFunction, Request, Response } from 'express';
import swaggerUi from 'swagger-ui-express';
import { asyncApiDocument } from '@portal/contracts';
import { ZodError, ZodTypeAny } from 'zod';
import type { AccessDirectory } from '../access/access-directory';
import type { Clock } from '../clock';
import { DomainError } from '../errors';
import type { Logger } from '../logging/logger';
import { runWithCorrelation } from '../messaging/correlation';
import type { Metrics } from '../runtime/metrics';
import { principalOf, tokenVerifier, TokenVerifierOptions } from './auth';
import type { IdempotencyKeys } from './idempotency';
import { MAX_JSON_DEPTH, refuseDeepJson } from './json-depth';
import { maskCardNumbers } from '../logging/card-numbers';
import { answerUndeclaredMethods } from './method-not-allowed';
import { openApiDocument } from './openapi';
import { problem } from './problem';
import { requestIdFrom } from './request-id';
import { endServerSpan, inServerSpan, startServerSpan } from './server-span';
import { Download, sendDownload } from './download';
import type { RouteDefinition } from './route';
import { strictQuery } from './strict-query';
import { ingestionPacer } from '../runtime/ingestion-pacer';

export interface EdgeOptions {
  service: { name: string; version: string; description?: string };
  /** HTTP status of the service's own error codes that are not 422, for the OpenAPI document. */
  errorStatuses?: Record<string, number>;
  routes: RouteDefinition[];
  auth: TokenVerifierOptions;
  access: AccessDirectory;
  idempotency: IdempotencyKeys;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  /** Asks every dependency now (short timeouts); names what is down. */
  ready: () => Promise<Record<string, boolean>>;
}

const COMMANDS = new Set(['post', 'put', 'patch', 'delete']);
// Probes and scrapes: measured, but neither traced nor logged.
const PLATFORM_ENDPOINTS = /^\/(healthz|readyz|metrics)/;

/** The service's Express edge: platform endpoints, then each route as validate -> authorize -> handle -> answer. */
export function createEdge(options: EdgeOptions): express.Express {
  const { logger, metrics } = options;
  const verify = tokenVerifier(options.auth);
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple'); // no nested objects from query strings: operators never reach MongoDB
  app.use((req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    const platformEndpoint = PLATFORM_ENDPOINTS.test(req.path);
    if (!platformEndpoint) ingestionPacer.edgeRequest(); // a user is waiting: ingestion yields if the loop runs late
    const traced = platformEndpoint ? undefined : startServerSpan(req);
    res.once('finish', () => {
      const route: string | undefined = req.route?.path;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpDuration.observe(
        { method: req.method, route: route ?? 'unmatched', status: String(res.statusCode) },
        seconds,
      );
      if (platformEndpoint) return;
      inServerSpan(traced, () =>
        logger.info(
          {
            requestId,
            method: req.method,
            route: route ?? 'unmatched',
            status: res.statusCode,
            ms: Math.round(seconds * 1000),
          },
          'http',
        ),
      );
      endServerSpan(traced!, req, res, route);
    });
    if (traced) res.once('close', () => endServerSpan(traced, req, res, req.route?.path));
    inServerSpan(traced, next);
  });
  // Depth is checked on the raw bytes before parsing, so no recursive walk ever sees a hostile nesting. Reads take
  // no body: a GET that announces one (`content-length: 0` from some clients) is not read and parsed for nothing.
  const jsonBody = express.json({ limit: '256kb', verify: refuseDeepJson });
  app.use((req, res, next) => (req.method === 'GET' || req.method === 'HEAD' ? next() : jsonBody(req, res, next)));

  const document = openApiDocument(options.service, options.routes, options.errorStatuses);
  app.get('/openapi.json', (_req, res) => res.json(document));
  // The platform's one AsyncAPI document (every topic), next to this service's OpenAPI document.
  app.get('/asyncapi.json', (_req, res) => res.json(asyncApiDocument()));
  app.use(
    '/docs',
    swaggerUi.serve,
    swaggerUi.setup(undefined, { swaggerUrl: '/openapi.json', swaggerOptions: { url: '/openapi.json' } }),
  );
  app.get('/healthz', (_req, res) => res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const checks = await options.ready().catch(() => ({ ready: false }));
    const down = Object.entries(checks)
      .filter(([, ok]) => !ok)
      .map(([name]) => name);
    res
      .status(down.length === 0 ? 200 : 503)
      .json({ status: down.length === 0 ? 'ready' : 'not-ready', checks, ...(down.length ? { down } : {}) });
  });
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });

  for (const route of options.routes) {
    app[route.method](route.path, async (req: Request, res: Response, next: NextFunction) => {
      try {
        const result = await handle(route, req, options, verify);
        for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
        if (result.replayed) res.setHeader('idempotent-replayed', 'true');
        const status = result.status ?? 200;
        if (result.body instanceof Download) return await sendDownload(res, status, result.body);
        if (result.body === undefined || status === 204) res.status(status).end();
        else res.status(status).json(result.body);
      } catch (error) {
        next(error);
      }
    });
  }

  answerUndeclaredMethods(app, options.routes, (res, allow) => {
    res.setHeader('allow', allow.join(', '));
    sendProblem(res, problem(405, 'METHOD_NOT_ALLOWED', `this resource answers ${allow.join(', ')}`));
  });
  app.use((req: Request, res: Response) =>
    sendProblem(res, problem(404, 'NOT_FOUND', `no route ${req.method} ${maskCardNumbers(req.path)}`)),
  );
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const instance = `urn:request:${res.locals.requestId}`;
    if (error instanceof DomainError) {
      return sendProblem(
        res,
        problem(error.status, error.code, error.message, {
          instance,
          ...(error.errors ? { errors: error.errors } : {}),
          ...(error.extras ?? {}),
        }),
        error.status === 401,
      );
    }
    if (error instanceof ZodError) {
      const errors = error.issues.map((issue) => ({
        path: issue.path.join('.') || '(root)',
        code: issue.code === 'unrecognized_keys' ? 'UNKNOWN_FIELD' : 'FIELD_INVALID',
        message: issue.message,
      }));
      return sendProblem(
        res,
        problem(400, 'VALIDATION_FAILED', 'the request does not match its schema', { instance, errors }),
      );
    }
    const status = (error as { status?: number }).status;
    if ((error as { type?: string }).type === 'entity.parse.failed')
      return sendProblem(res, problem(400, 'MALFORMED_JSON', 'the body is not valid JSON', { instance }));
    if ((error as { type?: string }).type === 'entity.too.deep')
      return sendProblem(
        res,
        problem(400, 'VALIDATION_FAILED', 'the body is nested too deeply', {
          instance,
          errors: [{ path: '(root)', code: 'TOO_DEEP', message: `at most ${MAX_JSON_DEPTH} levels of nesting` }],
        }),
      );
    if (status === 413)
      return sendProblem(res, problem(413, 'BODY_TOO_LARGE', 'the body is larger than 256 kB', { instance }));
    logger.error({ err: error, requestId: res.locals.requestId, path: req.path }, 'unhandled error');
    return sendProblem(res, problem(500, 'INTERNAL', 'something went wrong on our side', { instance }));
  });
  return app;
}

async function handle(
  route: RouteDefinition,
  req: Request,
  options: EdgeOptions,
  verify: ReturnType<typeof tokenVerifier>,
) {
  const caller = route.auth === 'none' ? null : await verify(req.headers.authorization);
  // Who is asking comes before what they ask: a disabled user hears 403, not a validation answer.
  const principal = caller ? await principalOf(caller, options.access) : (undefined as never);
  const params = parse(route.params, req.params);
  const query = strictQuery(route.query).parse(req.query);
  const body = route.body ? parse(route.body, req.body ?? {}) : undefined;
  const correlation = {
    correlationId: req.headers['x-correlation-id']
      ? requestIdFrom(req.headers['x-correlation-id'])
      : String(req.res?.locals.requestId ?? randomUUID()),
    causationId: null,
    actor: caller ? { userId: caller.userId, userType: principal.userType } : null,
  };
  const run = () =>
    runWithCorrelation(correlation, () => route.handler({ params, query, body, principal, headers: req.headers, req }));
  const key = req.headers['idempotency-key'];
  if (caller && COMMANDS.has(route.method) && typeof key === 'string') {
    return options.idempotency.run(
      { userId: caller.userId, method: route.method, path: req.path, key, body: req.body },
      run,
      options.clock.now(),
    );
  }
  return run();
}

const parse = (schema: ZodTypeAny | undefined, value: unknown) => (schema ? schema.parse(value) : {});

function sendProblem(res: Response, body: ReturnType<typeof problem>, challenge = false) {
  if (challenge) res.setHeader('www-authenticate', 'Bearer');
  res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
}
