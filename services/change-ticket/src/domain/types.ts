/** The words of the change-ticket domain (domain.md, "change-ticket service"; source page seed 001). */

export const CHANGE_REQUEST_STATUSES = [
  'draft',
  'submitted',
  'quote-pending',
  'quote-accepted',
  'quote-declined',
  'in-progress',
  'completed',
  'rejected',
  'cancelled',
] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

/** A value typed into one field of an article (text, number, yes/no, choice, date as yyyy-mm-dd). */
export type FieldValue = string | number | boolean | null;
export type FieldValues = Record<string, FieldValue>;

export interface Money {
  amountMinor: number;
  currency: string;
}

/** "Élément de parc": something the account runs, on which changes are requested. */
export interface InventoryElement {
  id: string;
  accountId: string;
  /** Scope the user works in; every list is filtered by it. */
  perimeterId: string;
  /** e.g. `flexible-engine-service`; decides the catalogs available. */
  kind: string;
  name: string;
  /** Contract whose free changes the element's requests use (null: none known, every change is billable). */
  contractNumber: string | null;
  /** RDS licences currently held on the element. */
  rdsLicences: number;
  /** Sales order the element came from (null for elements seeded or created otherwise). */
  orderNumber: string | null;
  /** `active`, or `retired` once its order was cancelled. */
  status: 'active' | 'retired';
}

export type Actor = { userId: string; userType: 'internal' | 'external' | 'system' };

export interface Quote {
  quoteId: string;
  amount: Money;
  validUntil: Date;
  issuedAt: Date;
  issuedBy: string;
}

export interface Billing {
  /** Calendar month (UTC) the change counts in, yyyy-mm. */
  month: string;
  freeChangesPerMonth: number;
  /** This change is the n-th of the month on its contract. */
  ordinal: number;
  billable: boolean;
}

export interface HistoryEntry {
  at: Date;
  /** What happened, in the domain's words (drafted, edited, submitted, quote-issued, ...). */
  action: string;
  status: ChangeRequestStatus;
  by: string;
  note: string | null;
}

/** The change request aggregate. */
export interface ChangeRequest {
  id: string;
  accountId: string;
  perimeterId: string;
  elementId: string;
  elementName: string;
  contractNumber: string | null;
  catalogId: string | null;
  categoryId: string | null;
  articleId: string | null;
  articleName: string | null;
  catalogVersion: number | null;
  needsStudy: boolean;
  /** On completion the element's RDS licences change by this much (set at submit from the article). */
  rdsLicencesDelta: number;
  fields: FieldValues;
  reference: string | null;
  description: string | null;
  status: ChangeRequestStatus;
  billing: Billing | null;
  quote: Quote | null;
  /** Why it was rejected, declined or cancelled. */
  closingReason: string | null;
  requestedBy: string;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  history: HistoryEntry[];
}

/** What the caller may write in a request (draft save, edit, create-and-submit, preview). */
export interface ChangeRequestContent {
  catalogId?: string | null;
  categoryId?: string | null;
  articleId?: string | null;
  fields?: FieldValues;
  reference?: string | null;
  description?: string | null;
}

/** A warning returned with a successful answer (the change still goes through). */
export interface Warning {
  code: 'CHANGES_IN_PROGRESS_ON_ELEMENT';
  detail: string;
  requestIds: string[];
}
