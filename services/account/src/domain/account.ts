import type { AccountSnapshot } from './types';

export type AccountType = AccountSnapshot['accountType'];
/** Account types a customer switches between on the account home (partner accounts are not offered there). */
export const SWITCHABLE_ACCOUNT_TYPES: readonly AccountType[] = ['premier', 'home', 'business'];

export interface CompanyDetails {
  legalName: string | null;
  vatNumber: string | null;
  phone: string | null;
  website: string | null;
  billingEmail: string | null;
}

export interface SsoSettings {
  enabled: boolean;
  idpEntityId: string | null;
  idpMetadataUrl: string | null;
  changedAt: string | null;
  changedBy: string | null;
}

export interface SupportContact {
  name: string;
  role: string;
  email: string;
  phone: string | null;
}

/** The account aggregate: its published snapshot fields plus what only this service keeps. */
export interface AccountState {
  accountId: string;
  name: string;
  country: string;
  region: string | null;
  accountType: AccountType;
  /** Features on: offered in the country/region minus `featureOptOuts`. */
  features: string[];
  featureOptOuts: string[];
  resellerAccountIds: string[];
  status: AccountSnapshot['status'];
  /** Version of the last published AccountSnapshot; +1 on every change. */
  snapshotVersion: number;
  /** Access group shown on the account home (e.g. the customer number group); set by the account team. */
  accessGroup: string | null;
  company: CompanyDetails;
  sso: SsoSettings;
  supportContacts: SupportContact[];
  createdAt: string;
  updatedAt: string;
}

export const emptyCompanyDetails = (): CompanyDetails => ({
  legalName: null,
  vatNumber: null,
  phone: null,
  website: null,
  billingEmail: null,
});

export const noSso = (): SsoSettings => ({
  enabled: false,
  idpEntityId: null,
  idpMetadataUrl: null,
  changedAt: null,
  changedBy: null,
});

export function accountSnapshot(state: AccountState): AccountSnapshot {
  return {
    version: state.snapshotVersion,
    name: state.name,
    country: state.country,
    region: state.region,
    accountType: state.accountType,
    features: [...state.features],
    resellerAccountIds: [...state.resellerAccountIds],
    status: state.status,
  };
}

export const accountRef = (s: Pick<AccountState, 'accountId' | 'accountType' | 'resellerAccountIds' | 'status'>) => ({
  accountId: s.accountId,
  accountType: s.accountType,
  resellerAccountIds: s.resellerAccountIds,
  status: s.status,
});
