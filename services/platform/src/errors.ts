/** One broken rule on one field: what the edge lists under `errors` of a problem. */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

/**
 * A refusal in the domain's words: `code` is the name domain.md gives the broken rule. Plain class, no I/O, so
 * domain functions throw it and the edge renders it as an RFC 9457 problem.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly status: number;
  readonly errors?: FieldError[];
  readonly extras?: Record<string, unknown>;

  constructor(
    readonly code: string,
    detail: string,
    options: { status?: number; errors?: FieldError[]; extras?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.status = options.status ?? 422;
    this.errors = options.errors;
    this.extras = options.extras;
  }

  /** Every broken rule at once: the single rule's code, or VALIDATION_FAILED when there are several. */
  static fromFieldErrors(errors: FieldError[], status = 422): DomainError {
    const code = errors.length === 1 ? errors[0]!.code : 'VALIDATION_FAILED';
    const detail = errors.length === 1 ? errors[0]!.message : `${errors.length} rules are broken`;
    return new DomainError(code, detail, { status, errors });
  }
}

/** Throws when any rule is broken; for validators that collect FieldErrors. */
export function assertNoFieldErrors(errors: FieldError[], status = 422): void {
  if (errors.length > 0) throw DomainError.fromFieldErrors(errors, status);
}

/** 404 for records that do not exist or that the caller may not see (never 403, so ids cannot be probed). */
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`, { status: 404 });

export const forbidden = (code: string, detail: string) => new DomainError(code, detail, { status: 403 });

export const conflict = (code: string, detail: string) => new DomainError(code, detail, { status: 409 });
