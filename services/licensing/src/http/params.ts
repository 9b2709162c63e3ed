import { z } from '@portal/platform';

/** Path, query and body pieces the route files share. */
export const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/);
export const orderRef = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/)
  .openapi({ description: 'Sales order number or web order number' });
export const accountId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
export const sku = z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,39}$/);
export const email = z.string().email().max(254);
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .openapi({ example: '2026-12-31' });
export const products = z.array(z.object({ sku, quantity: z.number().int().min(1).max(1_000_000) }).strict()).max(50);
export const tags = { sa: ['Smart Accounts'], orders: ['Order assignment'], vip: ['VIP memberships'] };
export const saParams = z.object({ smartAccountId: id });
export const mParams = z.object({ membershipId: id });
export const paParams = z.object({ membershipId: id, purchaseAuthorizationId: id });
export const location = (path: string) => ({ location: path });
