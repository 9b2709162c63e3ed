import { errors } from './errors';
import type { ChangeRequestStatus } from './types';

/**
 * The life of a change request:
 * draft → submitted → in-progress → completed | rejected
 * draft → quote-pending (article needs a prior study) → quote-accepted → in-progress …  | quote-declined
 * cancelled from draft, submitted or quote-pending; rejected by the operator from any open status.
 */
export const TRANSITIONS = {
  edit: { from: ['draft'], to: 'draft' },
  submit: { from: ['draft'], to: ['submitted', 'quote-pending'] },
  'issue-quote': { from: ['quote-pending'], to: 'quote-pending' },
  'accept-quote': { from: ['quote-pending'], to: 'quote-accepted' },
  'decline-quote': { from: ['quote-pending'], to: 'quote-declined' },
  start: { from: ['submitted', 'quote-accepted'], to: 'in-progress' },
  complete: { from: ['in-progress'], to: 'completed' },
  reject: { from: ['submitted', 'quote-pending', 'quote-accepted', 'in-progress'], to: 'rejected' },
  cancel: { from: ['draft', 'submitted', 'quote-pending'], to: 'cancelled' },
} as const satisfies Record<
  string,
  { from: readonly ChangeRequestStatus[]; to: ChangeRequestStatus | readonly ChangeRequestStatus[] }
>;

export type ChangeAction = keyof typeof TRANSITIONS;
export const CHANGE_ACTIONS = Object.keys(TRANSITIONS) as ChangeAction[];

/** Statuses no action leaves. */
export const CLOSED_STATUSES: readonly ChangeRequestStatus[] = ['completed', 'rejected', 'cancelled', 'quote-declined'];
/** Confirmed and not yet closed: what the in-progress list and the "changes in progress on the element" warning show. */
export const OPEN_STATUSES: readonly ChangeRequestStatus[] = [
  'submitted',
  'quote-pending',
  'quote-accepted',
  'in-progress',
];

export const canApply = (action: ChangeAction, status: ChangeRequestStatus): boolean =>
  (TRANSITIONS[action].from as readonly ChangeRequestStatus[]).includes(status);

/** Refuses an action the status does not allow: 409 INVALID_STATUS_TRANSITION (CHANGE_REQUEST_NOT_EDITABLE for edits). */
export function assertCanApply(action: ChangeAction, status: ChangeRequestStatus): void {
  if (canApply(action, status)) return;
  if (action === 'edit') {
    throw errors.CHANGE_REQUEST_NOT_EDITABLE(`only drafts can be edited; this request is ${status}`);
  }
  throw errors.INVALID_STATUS_TRANSITION(`cannot ${action.replace('-', ' ')} a request that is ${status}`);
}

/** The list filters customers use: in progress, drafts, closed. */
export const STATUS_GROUPS = {
  'in-progress': OPEN_STATUSES,
  drafts: ['draft'],
  closed: CLOSED_STATUSES,
} as const satisfies Record<string, readonly ChangeRequestStatus[]>;
export type StatusGroup = keyof typeof STATUS_GROUPS;
