import { assertNoFieldErrors, type FieldError } from '@portal/platform/src/errors';
import { requireCapability, requireInternal } from './access-policy';
import { accountRef, accountSnapshot, type AccountState, type AccountType, type CompanyDetails } from './account';
import { featuresOfferedIn } from './feature-availability';
import { validateAccountSetup } from './create-account';
import type { AccountRef, Grantee, Decision } from './types';

const changed = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** Every change of the account publishes its whole snapshot again, one version up. */
function publishChange(before: AccountState, after: AccountState, now: Date): Decision<AccountState> {
  if (!changed({ ...before, updatedAt: null }, { ...after, updatedAt: null })) return { state: before, events: [] };
  const state = { ...after, snapshotVersion: before.snapshotVersion + 1, updatedAt: now.toISOString() };
  return { state, events: [{ type: 'AccountDetailsChanged', payload: { account: accountSnapshot(state) } }] };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_HTTPS = /^https:\/\/[^\s]+$/;

/** Site admins edit their company details (profile page). */
export function changeCompanyDetails(
  account: AccountState,
  details: Partial<CompanyDetails>,
  ctx: { caller: Grantee; now: Date },
): Decision<AccountState> {
  requireCapability(ctx.caller, accountRef(account), 'edit-company-details');
  const errors: FieldError[] = [];
  if (details.billingEmail && !EMAIL.test(details.billingEmail))
    errors.push({ path: 'billingEmail', code: 'FIELD_INVALID', message: 'not an e-mail address' });
  if (details.website && !/^https?:\/\/\S+$/.test(details.website))
    errors.push({ path: 'website', code: 'FIELD_INVALID', message: 'an http(s) URL' });
  if (details.phone && !/^\+?[0-9 ().-]{5,32}$/.test(details.phone))
    errors.push({ path: 'phone', code: 'FIELD_INVALID', message: 'not a phone number' });
  assertNoFieldErrors(errors);
  return publishChange(account, { ...account, company: { ...account.company, ...details } }, ctx.now);
}

export interface AccountSettings {
  name?: string;
  country?: string;
  region?: string | null;
  accountType?: AccountType;
  features?: string[];
  resellerAccountIds?: string[];
  accessGroup?: string | null;
  status?: AccountState['status'];
}

/**
 * The account team changes what the customer cannot: name, country/region (features follow), type, features,
 * resellers of record, access group, status.
 */
export function changeAccountSettings(
  account: AccountState,
  settings: AccountSettings,
  ctx: { caller: Grantee; resellers: AccountRef[]; now: Date },
): Decision<AccountState> {
  requireInternal(ctx.caller, 'changing account settings');
  const next = {
    country: settings.country ?? account.country,
    region: settings.region === undefined ? (settings.country ? null : account.region) : settings.region,
    accountType: settings.accountType ?? account.accountType,
    resellerAccountIds: settings.resellerAccountIds ?? account.resellerAccountIds,
  };
  const errors: FieldError[] = [];
  if (settings.name !== undefined && !settings.name.trim())
    errors.push({ path: 'name', code: 'FIELD_REQUIRED', message: 'the account needs a name' });
  const setup = validateAccountSetup({ ...next, features: settings.features }, ctx.resellers, account.accountId);
  assertNoFieldErrors([...errors, ...setup.errors]);
  // Without an explicit list, the account keeps its opt-outs and gets what its (possibly new) country offers.
  const features = settings.features
    ? setup.features
    : featuresOfferedIn(next.country, next.region).filter((f) => !account.featureOptOuts.includes(f));
  const optOuts = settings.features ? setup.optOuts : account.featureOptOuts;
  return publishChange(
    account,
    {
      ...account,
      ...next,
      resellerAccountIds: [...new Set(next.resellerAccountIds)].sort(),
      name: settings.name?.trim() ?? account.name,
      features,
      featureOptOuts: optOuts,
      accessGroup: settings.accessGroup === undefined ? account.accessGroup : settings.accessGroup,
      status: settings.status ?? account.status,
    },
    ctx.now,
  );
}

export interface SsoCommand {
  enabled: boolean;
  idpEntityId?: string | null;
  idpMetadataUrl?: string | null;
}

/** SSO is configured by the account team only: a flag and the IdP's metadata on the account. */
export function configureSso(
  account: AccountState,
  cmd: SsoCommand,
  ctx: { caller: Grantee; now: Date },
): Decision<AccountState> {
  requireInternal(ctx.caller, 'configuring single sign-on');
  const errors: FieldError[] = [];
  if (cmd.enabled && !cmd.idpEntityId)
    errors.push({ path: 'idpEntityId', code: 'IDP_METADATA_REQUIRED', message: 'SSO needs the IdP entity id' });
  if (cmd.enabled && !cmd.idpMetadataUrl)
    errors.push({ path: 'idpMetadataUrl', code: 'IDP_METADATA_REQUIRED', message: 'SSO needs the IdP metadata URL' });
  if (cmd.idpMetadataUrl && !URL_HTTPS.test(cmd.idpMetadataUrl))
    errors.push({ path: 'idpMetadataUrl', code: 'FIELD_INVALID', message: 'an https URL' });
  assertNoFieldErrors(errors);
  const sso = {
    enabled: cmd.enabled,
    idpEntityId: cmd.idpEntityId ?? (cmd.enabled ? null : account.sso.idpEntityId),
    idpMetadataUrl: cmd.idpMetadataUrl ?? (cmd.enabled ? null : account.sso.idpMetadataUrl),
  };
  const before = {
    enabled: account.sso.enabled,
    idpEntityId: account.sso.idpEntityId,
    idpMetadataUrl: account.sso.idpMetadataUrl,
  };
  if (!changed(before, sso)) return { state: account, events: [] };
  const at = ctx.now.toISOString();
  return {
    state: { ...account, sso: { ...sso, changedAt: at, changedBy: ctx.caller.userId }, updatedAt: at },
    events: [
      {
        type: 'SsoSettingsChanged',
        payload: { ssoEnabled: sso.enabled, idpEntityId: sso.idpEntityId, changedBy: ctx.caller.userId },
      },
    ],
  };
}
