import { errors } from './errors';
import { DomainError, forbidden, type FieldError } from '@portal/platform/src/errors';
import { actsForCustomer } from '@portal/platform/src/access/reseller';
import { hasAnyGrantOn, isInternal, type Grantee } from '@portal/platform/src/domain';
import { event, type Decision } from './events';

export type SmartAccountStatus = 'active' | 'pending';
/** `partner-holding`: a partner's provisional account that holds orders until the customer's Smart Account is known. */
export type SmartAccountKind = 'customer' | 'partner-holding';

export interface VirtualAccount {
  virtualAccountId: string;
  name: string;
}

export interface SmartAccount {
  smartAccountId: string;
  domainIdentifier: string;
  name: string;
  status: SmartAccountStatus;
  kind: SmartAccountKind;
  ownerAccountId: string;
  virtualAccounts: VirtualAccount[];
  userEmails: string[];
  createdAt: Date;
  activatedAt: Date | null;
}

export interface NewSmartAccount {
  smartAccountId: string;
  domainIdentifier: string;
  name: string;
  kind: SmartAccountKind;
  ownerAccountId: string;
  status: SmartAccountStatus;
  virtualAccounts: VirtualAccount[];
  userEmails: string[];
}

const DOMAIN = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

function requireInternal(caller: Grantee): void {
  if (!isInternal(caller)) throw forbidden('ROLE_REQUIRED', 'Only the vendor’s internal users manage Smart Accounts');
}

/** Internal users create Smart Accounts (and partner holding accounts); every broken rule is reported at once. */
export function createSmartAccount(input: NewSmartAccount, caller: Grantee, now: Date): Decision<SmartAccount> {
  requireInternal(caller);
  const errors: FieldError[] = [];
  const domainIdentifier = input.domainIdentifier.trim().toLowerCase();
  if (!DOMAIN.test(domainIdentifier))
    errors.push({
      path: 'domainIdentifier',
      code: 'DOMAIN_IDENTIFIER_INVALID',
      message: 'A domain identifier looks like acme.example',
    });
  if (input.name.trim().length === 0)
    errors.push({ path: 'name', code: 'FIELD_REQUIRED', message: 'A name is required' });
  const vaNames = input.virtualAccounts.map((va) => va.name.trim().toLowerCase());
  vaNames.forEach((name, i) => {
    if (vaNames.indexOf(name) !== i)
      errors.push({
        path: `virtualAccounts.${i}.name`,
        code: 'VIRTUAL_ACCOUNT_NAME_TAKEN',
        message: `Virtual account ${name} appears twice`,
      });
  });
  if (input.virtualAccounts.length === 0)
    errors.push({
      path: 'virtualAccounts',
      code: 'FIELD_REQUIRED',
      message: 'A Smart Account needs at least one virtual account',
    });
  input.userEmails.forEach((email, i) => {
    if (!EMAIL.test(email))
      errors.push({ path: `userEmails.${i}`, code: 'FIELD_INVALID', message: 'Not an e-mail address' });
  });
  if (errors.length > 0) throw DomainError.fromFieldErrors(errors);
  const state: SmartAccount = {
    smartAccountId: input.smartAccountId,
    domainIdentifier,
    name: input.name.trim(),
    status: input.status,
    kind: input.kind,
    ownerAccountId: input.ownerAccountId,
    virtualAccounts: input.virtualAccounts.map((va) => ({
      virtualAccountId: va.virtualAccountId,
      name: va.name.trim(),
    })),
    userEmails: [...new Set(input.userEmails.map((e) => e.toLowerCase()))],
    createdAt: now,
    activatedAt: input.status === 'active' ? now : null,
  };
  return {
    state,
    events: [
      event('SmartAccountCreated', {
        smartAccountId: state.smartAccountId,
        domainIdentifier: state.domainIdentifier,
        name: state.name,
        status: state.status,
        kind: state.kind,
        ownerAccountId: state.ownerAccountId,
        virtualAccounts: state.virtualAccounts,
        userEmails: state.userEmails,
      }),
    ],
  };
}

/** pending -> active (internal users only); waiting deposits into this Smart Account then proceed. */
export function activateSmartAccount(sa: SmartAccount, caller: Grantee, now: Date): Decision<SmartAccount> {
  requireInternal(caller);
  if (sa.status === 'active')
    throw errors.SMART_ACCOUNT_ALREADY_ACTIVE(`Smart Account ${sa.smartAccountId} is already active`);
  return {
    state: { ...sa, status: 'active', activatedAt: now },
    events: [
      event('SmartAccountActivated', {
        smartAccountId: sa.smartAccountId,
        domainIdentifier: sa.domainIdentifier,
        activatedAt: now,
      }),
    ],
  };
}

export function addVirtualAccount(sa: SmartAccount, va: VirtualAccount, caller: Grantee): Decision<SmartAccount> {
  requireInternal(caller);
  const name = va.name.trim();
  if (name.length === 0)
    throw DomainError.fromFieldErrors([{ path: 'name', code: 'FIELD_REQUIRED', message: 'A name is required' }]);
  if (sa.virtualAccounts.some((v) => v.name.toLowerCase() === name.toLowerCase())) {
    throw errors.VIRTUAL_ACCOUNT_NAME_TAKEN(
      `Smart Account ${sa.smartAccountId} already has a virtual account named ${name}`,
    );
  }
  return {
    state: { ...sa, virtualAccounts: [...sa.virtualAccounts, { virtualAccountId: va.virtualAccountId, name }] },
    events: [
      event('VirtualAccountCreated', {
        smartAccountId: sa.smartAccountId,
        virtualAccountId: va.virtualAccountId,
        name,
      }),
    ],
  };
}

/**
 * Who sees a Smart Account: internal users; users with a grant on its owner account; its users (by e-mail);
 * partners of record of its owner account.
 */
export function smartAccountVisibleTo(
  sa: SmartAccount,
  caller: Grantee,
  ownerResellerAccountIds: readonly string[],
): boolean {
  return (
    isInternal(caller) ||
    hasAnyGrantOn(caller, sa.ownerAccountId) ||
    (caller.email !== undefined && sa.userEmails.includes(caller.email.toLowerCase())) ||
    actsForCustomer(caller, { resellerAccountIds: ownerResellerAccountIds })
  );
}

export type SmartAccountSearchField = 'domain-identifier' | 'account-name' | 'email';

/** The search of the assignment page: domain identifier (prefix), account name (contains) or user e-mail (exact). */
export function matchesSearch(sa: SmartAccount, by: SmartAccountSearchField, term: string): boolean {
  const t = term.trim().toLowerCase();
  if (t.length === 0) return false;
  switch (by) {
    case 'domain-identifier':
      return sa.domainIdentifier.startsWith(t);
    case 'account-name':
      return sa.name.toLowerCase().includes(t);
    case 'email':
      return sa.userEmails.includes(t);
  }
}
