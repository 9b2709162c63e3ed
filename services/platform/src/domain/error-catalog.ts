import { DomainError, type FieldError } from '../errors';

/** One refusal a service can answer: its HTTP status and a short human title (documented in OpenAPI). */
export interface ErrorSpec {
  status: number;
  title: string;
}

export interface RefusalOptions {
  errors?: FieldError[];
  extras?: Record<string, unknown>;
}

/** Throws nothing by itself: `errors.QUOTE_EXPIRED('the quote expired on 2026-12-01')` builds the DomainError. */
export type ErrorFactory = (detail: string, options?: RefusalOptions) => DomainError;

/** What the platform reads from any catalog (a service definition's `errors`, mergeErrors). */
export interface ErrorTable {
  /** Every code, for OpenAPI and for checking a route's `errors` list. */
  readonly codes: readonly string[];
  /** code -> HTTP status, what `ServiceDefinition.errors` feeds to the edge and OpenAPI. */
  readonly statuses: Readonly<Record<string, number>>;
  readonly specs: Readonly<Record<string, ErrorSpec>>;
  /** The status of any code, undefined when the catalog does not declare it. */
  statusOf(code: string): number | undefined;
}

export type ErrorCatalog<C extends string> = { readonly [K in C]: ErrorFactory } & ErrorTable & {
    readonly codes: readonly C[];
    readonly statuses: Readonly<Record<C, number>>;
    readonly specs: Readonly<Record<C, ErrorSpec>>;
  };

const CODE = /^[A-Z][A-Z0-9_]*$/;

/**
 * A service's error catalog, declared once: the domain throws from it, the edge and OpenAPI take the statuses
 * from it. Codes are domain.md's UPPER_SNAKE names (so they never clash with `codes`/`statuses`/`specs`/`statusOf`).
 */
export function defineErrors<const T extends Record<string, ErrorSpec>>(specs: T): ErrorCatalog<keyof T & string> {
  const catalog: Record<string, unknown> = {};
  for (const [code, spec] of Object.entries(specs)) {
    if (!CODE.test(code)) throw new Error(`error code ${code} is not UPPER_SNAKE_CASE`);
    if (!Number.isInteger(spec.status) || spec.status < 400 || spec.status > 599)
      throw new Error(`error code ${code}: status ${spec.status} is not a 4xx/5xx status`);
    catalog[code] = ((detail, options = {}) =>
      new DomainError(code, detail, { status: spec.status, ...options })) satisfies ErrorFactory;
  }
  const codes = Object.keys(specs);
  Object.defineProperties(catalog, {
    codes: { value: Object.freeze(codes) },
    statuses: { value: Object.freeze(Object.fromEntries(codes.map((c) => [c, specs[c]!.status]))) },
    specs: { value: Object.freeze({ ...specs }) },
    statusOf: { value: (code: string) => (Object.hasOwn(specs, code) ? specs[code]!.status : undefined) },
  });
  return Object.freeze(catalog) as ErrorCatalog<keyof T & string>;
}

/** One catalog of several (a service's own plus shared ones); a code declared twice with two statuses is an error. */
export function mergeErrors(...catalogs: ErrorTable[]): ErrorCatalog<string> {
  const specs: Record<string, ErrorSpec> = {};
  for (const catalog of catalogs) {
    for (const code of catalog.codes) {
      const spec = catalog.specs[code]!;
      const known = specs[code];
      if (known && known.status !== spec.status)
        throw new Error(`error code ${code} is declared with status ${known.status} and ${spec.status}`);
      specs[code] = spec;
    }
  }
  return defineErrors(specs);
}
