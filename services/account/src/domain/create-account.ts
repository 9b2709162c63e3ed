import { assertNoFieldErrors, type FieldError } from '@portal/platform/src/errors';
import { requireInternal } from './access-policy';
import {
  emptyCompanyDetails,
  noSso,
  accountSnapshot,
  type AccountState,
  type AccountType,
  type CompanyDetails,
} from './account';
import { featuresOfferedIn, resolveFeatures } from './feature-availability';
import type { AccountRef, Grantee, Decision } from './types';

export interface CreateAccount {
  accountId: string;
  name: string;
  country: string;
  region?: string | null;
  accountType: AccountType;
  /** Narrow the offered features; omitted = every feature offered in the country. */
  features?: string[] | null;
  resellerAccountIds?: string[];
  accessGroup?: string | null;
  company?: Partial<CompanyDetails>;
}

export const ACCOUNT_ID = /^[a-z0-9][a-z0-9-]{1,47}$/;
export const COUNTRY = /^[A-Z]{2}$/;

/** Every broken rule of an account's country, resellers and features (shared by creation and settings). */
export function validateAccountSetup(
  cmd: {
    country: string;
    region?: string | null;
    accountType: AccountType;
    features?: string[] | null;
    resellerAccountIds?: string[];
  },
  resellers: AccountRef[],
  selfId: string,
): { features: string[]; optOuts: string[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!COUNTRY.test(cmd.country))
    errors.push({ path: 'country', code: 'FIELD_INVALID', message: 'ISO 3166-1 alpha-2 code, upper case' });
  (cmd.resellerAccountIds ?? []).forEach((id, i) => {
    const reseller = resellers.find((r) => r.accountId === id);
    if (id === selfId)
      errors.push({
        path: `resellerAccountIds[${i}]`,
        code: 'FIELD_INVALID',
        message: 'an account cannot resell itself',
      });
    else if (!reseller)
      errors.push({ path: `resellerAccountIds[${i}]`, code: 'RESELLER_NOT_FOUND', message: `no account ${id}` });
    else if (reseller.accountType !== 'partner')
      errors.push({
        path: `resellerAccountIds[${i}]`,
        code: 'RESELLER_NOT_PARTNER',
        message: `${id} is not a partner account`,
      });
  });
  if (cmd.accountType === 'partner' && (cmd.resellerAccountIds ?? []).length > 0) {
    errors.push({
      path: 'resellerAccountIds',
      code: 'FIELD_INVALID',
      message: 'a partner account has no reseller of record',
    });
  }
  const resolved = resolveFeatures(cmd.country, cmd.region ?? null, cmd.features);
  const offered = featuresOfferedIn(cmd.country, cmd.region ?? null);
  return {
    features: resolved.features,
    optOuts: offered.filter((f) => !resolved.features.includes(f)),
    errors: [...errors, ...resolved.errors],
  };
}

/** The account team (internal users) opens an account; its snapshot (version 1) is published as AccountCreated. */
export function createAccount(
  existing: AccountState | null,
  cmd: CreateAccount,
  ctx: { caller: Grantee; resellers: AccountRef[]; now: Date },
): Decision<AccountState> {
  requireInternal(ctx.caller, 'opening an account');
  const errors: FieldError[] = [];
  if (existing) errors.push({ path: 'accountId', code: 'ALREADY_EXISTS', message: `account ${cmd.accountId} exists` });
  if (!ACCOUNT_ID.test(cmd.accountId))
    errors.push({ path: 'accountId', code: 'FIELD_INVALID', message: 'lower-case letters, digits and dashes' });
  if (!cmd.name.trim()) errors.push({ path: 'name', code: 'FIELD_REQUIRED', message: 'the account needs a name' });
  const setup = validateAccountSetup(cmd, ctx.resellers, cmd.accountId);
  assertNoFieldErrors([...errors, ...setup.errors], existing ? 409 : 422);
  const at = ctx.now.toISOString();
  const state: AccountState = {
    accountId: cmd.accountId,
    name: cmd.name.trim(),
    country: cmd.country,
    region: cmd.region ?? null,
    accountType: cmd.accountType,
    features: setup.features,
    featureOptOuts: setup.optOuts,
    resellerAccountIds: [...new Set(cmd.resellerAccountIds ?? [])].sort(),
    status: 'active',
    snapshotVersion: 1,
    accessGroup: cmd.accessGroup ?? null,
    company: { ...emptyCompanyDetails(), ...cmd.company },
    sso: noSso(),
    supportContacts: [],
    createdAt: at,
    updatedAt: at,
  };
  return { state, events: [{ type: 'AccountCreated', payload: { account: accountSnapshot(state) } }] };
}
