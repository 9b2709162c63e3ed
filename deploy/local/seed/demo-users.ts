import { demoUsers as accountDemoUsers } from '../../../services/account/src/demo-seed';

export interface DemoUser {
  userId: string;
  email: string;
  displayName: string;
  userType: 'internal' | 'external';
  accountId: string;
  roles: string;
}

/** The demo's people, as the account service seeds them; `npm run token -- <email>` mints for them. */
export const demoUsers: DemoUser[] = accountDemoUsers.map(({ accountId, invite }) => ({
  userId: invite.userId,
  email: invite.email,
  displayName: invite.displayName ?? invite.userId,
  userType: invite.userType === 'internal' ? 'internal' : 'external',
  accountId,
  roles: `${accountId}: ${invite.grants.map((g) => [g.role, 'section' in g ? g.section : undefined, 'contractNumber' in g ? g.contractNumber : undefined].filter(Boolean).join('/')).join(', ')}`,
}));
