import { z } from '@portal/platform';

/** `current` = the caller's active account context (X-Account-Id header, else the stored choice, else home). */
export const accountIdParam = z
  .string()
  .regex(/^(current|[a-z0-9][a-z0-9-]{1,47})$/)
  .openapi({
    description: 'An account id, or `current` for the active account context (X-Account-Id header or stored choice)',
  });
export const idParam = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/);
export const accountParams = z.object({ accountId: accountIdParam });
