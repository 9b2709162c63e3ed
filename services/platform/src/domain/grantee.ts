import type { Principal } from '../access/policy';
import type { Grantee } from './grants';

/** The edge's one adapter: the authenticated Principal as the domain's Grantee (grants copied, nothing else). */
export const granteeOf = (principal: Principal): Grantee => ({
  userId: principal.userId,
  userType: principal.userType,
  status: principal.status,
  homeAccountId: principal.homeAccountId,
  email: principal.email,
  grants: principal.grants.map((g) => ({ ...g })),
});
