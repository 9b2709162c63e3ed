import { assertNoFieldErrors, type FieldError } from '@portal/platform/src/errors';
import { requireInternal } from './access-policy';
import type { AccountState, SupportContact } from './account';
import { normalizeSerial, type Device } from './devices';
import type { Grantee, Decision } from './types';
import { isoDateOf } from '@portal/platform/src/domain';

export const MAX_CONTACTS = 20;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The account team publishes who to contact (seed 004 item 8A); the list is replaced whole. */
export function setSupportContacts(
  account: AccountState,
  contacts: SupportContact[],
  ctx: { caller: Grantee; now: Date },
): Decision<AccountState> {
  requireInternal(ctx.caller, 'publishing account team contacts');
  const errors: FieldError[] = [];
  if (contacts.length > MAX_CONTACTS)
    errors.push({ path: 'contacts', code: 'FIELD_INVALID', message: `at most ${MAX_CONTACTS} contacts` });
  contacts.forEach((c, i) => {
    if (!c.name.trim()) errors.push({ path: `contacts[${i}].name`, code: 'FIELD_REQUIRED', message: 'a name' });
    if (!EMAIL.test(c.email))
      errors.push({ path: `contacts[${i}].email`, code: 'FIELD_INVALID', message: 'not an e-mail address' });
  });
  assertNoFieldErrors(errors);
  return {
    state: {
      ...account,
      supportContacts: contacts.map((c) => ({ ...c, phone: c.phone ?? null })),
      updatedAt: ctx.now.toISOString(),
    },
    events: [],
  };
}

export const DOCUMENT_KINDS = ['quote', 'contract', 'report', 'guide', 'other'] as const;

/** A document the account team published for the account (seed 004 item 8C); quotes are documents of kind quote. */
export interface AccountDocument {
  documentId: string;
  accountId: string;
  title: string;
  kind: (typeof DOCUMENT_KINDS)[number];
  url: string;
  validUntil: string | null;
  publishedBy: string;
  publishedAt: string;
}

export interface PublishDocument {
  title: string;
  kind: string;
  url: string;
  validUntil?: string | null;
}

export function publishDocument(
  documentId: string,
  accountId: string,
  cmd: PublishDocument,
  ctx: { caller: Grantee; now: Date },
): Decision<AccountDocument> {
  requireInternal(ctx.caller, 'publishing documents');
  const errors: FieldError[] = [];
  if (!cmd.title.trim()) errors.push({ path: 'title', code: 'FIELD_REQUIRED', message: 'a title' });
  if (!(DOCUMENT_KINDS as readonly string[]).includes(cmd.kind))
    errors.push({ path: 'kind', code: 'FIELD_INVALID', message: `one of ${DOCUMENT_KINDS.join(', ')}` });
  if (!/^https:\/\/\S+$/.test(cmd.url)) errors.push({ path: 'url', code: 'FIELD_INVALID', message: 'an https URL' });
  if (cmd.validUntil && !/^\d{4}-\d{2}-\d{2}$/.test(cmd.validUntil))
    errors.push({ path: 'validUntil', code: 'FIELD_INVALID', message: 'an ISO date' });
  assertNoFieldErrors(errors);
  const state: AccountDocument = {
    documentId,
    accountId,
    title: cmd.title.trim(),
    kind: cmd.kind as AccountDocument['kind'],
    url: cmd.url,
    validUntil: cmd.validUntil ?? null,
    publishedBy: ctx.caller.userId,
    publishedAt: ctx.now.toISOString(),
  };
  return {
    state,
    events: [
      {
        type: 'DocumentPublished',
        payload: {
          documentId,
          title: state.title,
          kind: state.kind,
          url: state.url,
          validUntil: state.validUntil,
          publishedBy: state.publishedBy,
        },
      },
    ],
  };
}

/** Open quotes: quote documents still valid today. */
export const openQuotes = (docs: AccountDocument[], now: Date) =>
  docs.filter((d) => d.kind === 'quote' && (!d.validUntil || d.validUntil >= isoDateOf(now)));

/** A service request on a device (support history, seed 004 item 8B), recorded by the account team / support desk. */
export interface ServiceRequest {
  serviceRequestId: string;
  accountId: string;
  serialNumber: string;
  title: string;
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
}

export function recordServiceRequest(
  serviceRequestId: string,
  cmd: { serialNumber: string; title: string; status: 'open' | 'closed'; openedAt?: string },
  ctx: { caller: Grantee; accountId: string; device: Device | null; now: Date },
): ServiceRequest {
  requireInternal(ctx.caller, 'recording service requests');
  const errors: FieldError[] = [];
  if (!ctx.device || ctx.device.accountId !== ctx.accountId)
    errors.push({ path: 'serialNumber', code: 'DEVICE_NOT_FOUND', message: 'no such device on this account' });
  if (!cmd.title.trim()) errors.push({ path: 'title', code: 'FIELD_REQUIRED', message: 'a title' });
  assertNoFieldErrors(errors);
  const openedAt = cmd.openedAt ?? ctx.now.toISOString();
  return {
    serviceRequestId,
    accountId: ctx.accountId,
    serialNumber: normalizeSerial(cmd.serialNumber),
    title: cmd.title.trim(),
    status: cmd.status,
    openedAt,
    closedAt: cmd.status === 'closed' ? ctx.now.toISOString() : null,
  };
}
