import type { Request } from 'express';
import type { ZodTypeAny } from 'zod';
import type { Principal } from '../access/policy';
import type { z } from './zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Caller {
  userId: string;
  email: string;
  userType: 'internal' | 'external' | 'system';
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** The caller with grants from the access projection (present on routes with auth 'user'). */
  principal: Principal;
  headers: Request['headers'];
  req: Request;
}

export interface RouteResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Set by the platform when an Idempotency-Key repeat got the first answer again. */
  replayed?: boolean;
}

export interface RouteDefinition<
  P extends ZodTypeAny = ZodTypeAny,
  Q extends ZodTypeAny = ZodTypeAny,
  B extends ZodTypeAny = ZodTypeAny,
> {
  method: HttpMethod;
  /** Express style: /sales-orders/:orderNumber */
  path: string;
  summary: string;
  description?: string;
  tags?: string[];
  params?: P;
  query?: Q;
  body?: B;
  responses: Partial<Record<200 | 201 | 202 | 204, ZodTypeAny | null>>;
  /** Media type of the success body when it is a file (the handler returns a `Download`); JSON otherwise. */
  produces?: string;
  /** Error codes this route can answer (documented in OpenAPI). */
  errors?: string[];
  auth?: 'user' | 'none';
  handler: (input: RouteInput<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<RouteResult>;
}

/** Identity function that keeps the types of params, query and body flowing into the handler. */
export function defineRoute<P extends ZodTypeAny, Q extends ZodTypeAny, B extends ZodTypeAny>(
  route: RouteDefinition<P, Q, B>,
): RouteDefinition {
  return route as unknown as RouteDefinition;
}
