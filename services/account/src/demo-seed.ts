/**
 * Demo data of the account service, as the commands it runs and the events those cause. The lead's local start
 * seeds it; the account service itself applies it at start through the platform's demo-seed hook when `DEMO_SEED=true` (see service.ts), so its
 * own store holds the same users it publishes. Pure: no I/O; `now` comes in.
 */
import { addAddress, emptyAddressBook, type AddressBook } from './domain/address-book';
import type { AccountState } from './domain/account';
import { createAccount, type CreateAccount } from './domain/create-account';
import { inviteUser, type InviteUser } from './domain/invite-user';
import { publishDocument, setSupportContacts, type AccountDocument } from './domain/support';
import type { Grantee, DomainEvent } from './domain/types';
import { acceptInvitation } from './domain/user-profile';
import type { UserState } from './domain/user';

/** The account team's seeding identity (an internal system caller). */
export const SEED_CALLER: Grantee = { userId: 'system-seed', userType: 'internal', grants: [] };

/** In creation order: the partner exists before the accounts it resells. */
export const demoAccounts: CreateAccount[] = [
  {
    accountId: 'vendor',
    name: 'Vendor (internal staff)',
    country: 'US',
    accountType: 'business',
    accessGroup: 'VENDOR-STAFF',
  },
  {
    accountId: 'acc-partner',
    name: 'Reseller Partners SARL',
    country: 'FR',
    accountType: 'partner',
    accessGroup: 'PARTNER-EMEA',
  },
  {
    accountId: 'acc-acme',
    name: 'Acme SAS',
    country: 'FR',
    accountType: 'premier',
    resellerAccountIds: ['acc-partner'],
    accessGroup: 'ACME-EMEA-PREMIER',
  },
  {
    accountId: 'acc-nordic',
    name: 'Nordic AB',
    country: 'SE',
    accountType: 'business',
    resellerAccountIds: ['acc-partner'],
    accessGroup: 'NORDIC-BUSINESS',
  },
  { accountId: 'acc-us', name: 'US Corp Inc.', country: 'US', accountType: 'business', accessGroup: 'US-BUSINESS' },
];

export interface DemoUser {
  accountId: string;
  invite: InviteUser;
}

const requests = (role: string) => ({ role, section: 'requests' });

export const demoUsers: DemoUser[] = [
  {
    accountId: 'acc-acme',
    invite: {
      userId: 'u-sam',
      email: 'sam.admin@acme.example',
      displayName: 'Sam Admin',
      locale: 'fr-FR',
      grants: [{ role: 'site-admin' }, { role: 'vip-admin' }],
    },
  },
  {
    accountId: 'acc-acme',
    invite: {
      userId: 'u-olivia',
      email: 'olivia.ops@acme.example',
      displayName: 'Olivia Ops',
      locale: 'fr-FR',
      grants: [{ role: 'operations' }],
    },
  },
  {
    accountId: 'acc-acme',
    invite: {
      userId: 'u-carla',
      email: 'carla.requester@acme.example',
      displayName: 'Carla Requester',
      locale: 'fr-FR',
      grants: [requests('requester')],
    },
  },
  {
    accountId: 'acc-acme',
    invite: {
      userId: 'u-max',
      email: 'max.manager@acme.example',
      displayName: 'Max Manager',
      locale: 'fr-FR',
      grants: [requests('manager')],
    },
  },
  {
    accountId: 'acc-acme',
    invite: {
      userId: 'u-vic',
      email: 'vic.visitor@acme.example',
      displayName: 'Vic Visitor',
      locale: 'fr-FR',
      grants: [requests('visitor')],
    },
  },
  {
    accountId: 'acc-acme',
    invite: {
      userId: 'u-shopper',
      email: 'shay.shopper@acme.example',
      displayName: 'Shay Shopper',
      locale: 'fr-FR',
      grants: [{ role: 'shopper' }],
    },
  },
  {
    accountId: 'vendor',
    invite: {
      userId: 'u-ivan',
      email: 'ivan.approver@vendor.example',
      displayName: 'Ivan Approver',
      userType: 'internal',
      grants: [{ role: 'approver' }],
    },
  },
  {
    accountId: 'vendor',
    invite: {
      userId: 'u-sofia',
      email: 'sofia.senior@vendor.example',
      displayName: 'Sofia Senior-Approver',
      userType: 'internal',
      grants: [{ role: 'senior-approver' }],
    },
  },
  {
    accountId: 'vendor',
    invite: {
      userId: 'u-ada',
      email: 'ada.am@vendor.example',
      displayName: 'Ada Account-Manager',
      userType: 'internal',
      grants: [{ role: 'account-manager' }],
    },
  },
  {
    accountId: 'vendor',
    invite: {
      userId: 'u-otto',
      email: 'otto.operator@vendor.example',
      displayName: 'Otto Operator',
      userType: 'internal',
      grants: [{ role: 'operations' }],
    },
  },
  {
    accountId: 'acc-partner',
    invite: {
      userId: 'u-paula',
      email: 'paula.partner@reseller.example',
      displayName: 'Paula Partner',
      locale: 'fr-FR',
      grants: [{ role: 'partner-admin' }],
    },
  },
  {
    accountId: 'acc-nordic',
    invite: {
      userId: 'u-sven',
      email: 'sven.admin@nordic.example',
      displayName: 'Sven Admin',
      locale: 'sv-SE',
      grants: [{ role: 'site-admin' }, { role: 'vip-admin' }],
    },
  },
];

export interface SeededAggregate<S> {
  id: string;
  accountId: string;
  state: S;
  events: DomainEvent[];
}

export interface DemoSeed {
  accounts: SeededAggregate<AccountState>[];
  users: SeededAggregate<UserState>[];
  addressBooks: SeededAggregate<AddressBook>[];
  documents: SeededAggregate<AccountDocument>[];
}

/** Runs the demo commands through the domain: every account created, every user invited then active. */
export function demoSeed(now: Date): DemoSeed {
  const accounts: SeededAggregate<AccountState>[] = [];
  for (const cmd of demoAccounts) {
    const resellers = accounts.map((a) => a.state);
    const created = createAccount(null, cmd, { caller: SEED_CALLER, resellers, now });
    const contacts = setSupportContacts(
      created.state,
      [
        {
          name: 'Ada Account-Manager',
          role: 'Account manager',
          email: 'ada.am@vendor.example',
          phone: '+1 512 555 0100',
        },
      ],
      { caller: SEED_CALLER, now },
    );
    accounts.push({ id: cmd.accountId, accountId: cmd.accountId, state: contacts.state, events: created.events });
  }
  const users = demoUsers.map(({ accountId, invite }) => {
    const account = accounts.find((a) => a.id === accountId)!.state;
    const invited = inviteUser(null, invite, { caller: SEED_CALLER, account, now });
    const active = acceptInvitation(invited.state, now);
    return { id: invite.userId, accountId, state: active.state, events: [...invited.events, ...active.events] };
  });
  const hq = addAddress(
    emptyAddressBook('acc-acme'),
    'addr-acme-hq',
    {
      label: 'Siège',
      address: {
        name: 'Acme SAS',
        street: '10 rue de la Paix',
        city: 'Paris',
        postalCode: '75002',
        country: 'FR',
        region: null,
      },
    },
    now,
  );
  const lyon = addAddress(
    hq.state,
    'addr-acme-lyon',
    {
      label: 'Entrepôt Lyon',
      address: {
        name: 'Acme SAS Logistique',
        street: '5 quai Perrache',
        city: 'Lyon',
        postalCode: '69002',
        country: 'FR',
        region: null,
      },
      defaultShipping: true,
    },
    now,
  );
  const quote = publishDocument(
    'doc-acme-quote-1',
    'acc-acme',
    {
      title: 'Devis Q-2026-0042 — PowerEdge refresh',
      kind: 'quote',
      url: 'https://documents.vendor.example/acc-acme/Q-2026-0042.pdf',
      validUntil: null,
    },
    { caller: SEED_CALLER, now },
  );
  return {
    accounts,
    users,
    addressBooks: [
      { id: 'acc-acme', accountId: 'acc-acme', state: lyon.state, events: [...hq.events, ...lyon.events] },
    ],
    documents: [{ id: quote.state.documentId, accountId: 'acc-acme', state: quote.state, events: quote.events }],
  };
}

/** Flat list of what the seed publishes, in order, with its aggregate (Kafka key) and account. */
export function demoSeedEvents(now: Date): { aggregateId: string; accountId: string; event: DomainEvent }[] {
  const seed = demoSeed(now);
  return [...seed.accounts, ...seed.users, ...seed.addressBooks, ...seed.documents].flatMap((a) =>
    a.events.map((event) => ({ aggregateId: a.id, accountId: a.accountId, event })),
  );
}
