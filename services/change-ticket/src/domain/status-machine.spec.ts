import fc from 'fast-check';
import { DomainError } from '@portal/platform/src/errors';
import { acceptQuote, declineQuote } from './decide-quote';
import { cancelChangeRequest } from './cancel-change-request';
import { editDraft } from './edit-draft';
import { issueQuote } from './issue-quote';
import { completeChangeRequest, rejectChangeRequest, startChangeRequest } from './operate-change-request';
import {
  CHANGE_ACTIONS,
  CLOSED_STATUSES,
  OPEN_STATUSES,
  STATUS_GROUPS,
  TRANSITIONS,
  assertCanApply,
  canApply,
} from './status-machine';
import { submitChangeRequest } from './submit-change-request';
import { refusal } from '@portal/platform/src/testing/refusal';
import { NOW, aRequestIn, anElement, carla, freeBilling, max, otto, seedCatalogs } from './test-fixtures';
import { CHANGE_REQUEST_STATUSES, type ChangeRequest, type ChangeRequestStatus } from './types';

const allowed: Record<string, ChangeRequestStatus[]> = {
  edit: ['draft'],
  submit: ['draft'],
  'issue-quote': ['quote-pending'],
  'accept-quote': ['quote-pending'],
  'decline-quote': ['quote-pending'],
  start: ['submitted', 'quote-accepted'],
  complete: ['in-progress'],
  reject: ['submitted', 'quote-pending', 'quote-accepted', 'in-progress'],
  cancel: ['draft', 'submitted', 'quote-pending'],
};

describe('the status machine (table)', () => {
  const cases = CHANGE_ACTIONS.flatMap((action) =>
    CHANGE_REQUEST_STATUSES.map((status) => [action, status, allowed[action]!.includes(status)] as const),
  );

  it.each(cases)('When %s is tried on a request that is %s, Then it is allowed: %s', (action, status, ok) => {
    expect(canApply(action, status)).toBe(ok);
    if (ok) expect(() => assertCanApply(action, status)).not.toThrow();
    else {
      const error = refusal(() => assertCanApply(action, status));
      expect(error.status).toBe(409);
      expect(error.code).toBe(action === 'edit' ? 'CHANGE_REQUEST_NOT_EDITABLE' : 'INVALID_STATUS_TRANSITION');
    }
  });

  it('Given the closed statuses, Then no action leaves them', () => {
    for (const status of CLOSED_STATUSES) expect(CHANGE_ACTIONS.filter((a) => canApply(a, status))).toEqual([]);
  });

  it('Given the status groups, Then they split every status but nothing else', () => {
    const grouped = [...STATUS_GROUPS['in-progress'], ...STATUS_GROUPS.drafts, ...STATUS_GROUPS.closed].sort();
    expect(grouped).toEqual([...CHANGE_REQUEST_STATUSES].sort());
    expect(OPEN_STATUSES).toEqual(['submitted', 'quote-pending', 'quote-accepted', 'in-progress']);
  });
});

/** Applies one action through the real aggregate functions (the same entry points the service uses). */
const perform = (request: ChangeRequest, action: (typeof CHANGE_ACTIONS)[number], now: Date): ChangeRequest => {
  const element = anElement();
  switch (action) {
    case 'edit':
      return editDraft(request, { reference: 'edited' }, { element, catalogs: seedCatalogs, actor: carla, now }).state;
    case 'submit':
      return submitChangeRequest(request, {
        element,
        catalogs: seedCatalogs,
        billing: freeBilling,
        openRequestIdsOnElement: [],
        actor: carla,
        now,
      }).state;
    case 'issue-quote':
      return issueQuote(request, {
        quoteId: 'q',
        amount: { amountMinor: 100, currency: 'EUR' },
        validUntil: new Date(now.getTime() + 86_400_000),
        actor: otto,
        now,
      }).state;
    case 'accept-quote':
      return acceptQuote(request, max, now).state;
    case 'decline-quote':
      return declineQuote(request, null, max, now).state;
    case 'start':
      return startChangeRequest(request, otto, now).state;
    case 'complete':
      return completeChangeRequest(request, otto, now).state;
    case 'reject':
      return rejectChangeRequest(request, 'out of scope', otto, now).state;
    case 'cancel':
      return cancelChangeRequest(request, null, carla, now).state;
  }
};

describe('the status machine (properties over any sequence of actions)', () => {
  it('Given any sequence of actions on a draft, Then each is applied exactly when the table allows it, and the history records every applied one', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.constantFrom(...CHANGE_ACTIONS), { maxLength: 12 }), (study, actions) => {
        let request = aRequestIn('draft');
        if (study) request = { ...aRequestIn('quote-pending'), status: 'draft', quote: null };
        let applied = request.history.length;
        let now = NOW;
        for (const action of actions) {
          now = new Date(now.getTime() + 60_000);
          const before = request.status;
          let after: ChangeRequest | null = null;
          let error: unknown = null;
          try {
            after = perform(request, action, now);
          } catch (e) {
            error = e;
          }
          if (!canApply(action, before)) {
            expect(error).toBeInstanceOf(DomainError);
            expect((error as DomainError).status).toBe(409);
            continue;
          }
          if (action === 'accept-quote' || action === 'decline-quote') {
            if (!request.quote) {
              expect((error as DomainError).code).toBe('QUOTE_NOT_ISSUED');
              continue;
            }
          }
          expect(error).toBeNull();
          const to = TRANSITIONS[action].to;
          expect(typeof to === 'string' ? [to] : to).toContain(after!.status);
          applied += 1;
          expect(after!.history).toHaveLength(applied);
          expect(after!.history.at(-1)!.status).toBe(after!.status);
          request = after!;
        }
        expect(CHANGE_REQUEST_STATUSES).toContain(request.status);
      }),
      { numRuns: 300 },
    );
  });

  it('Given any request, When it reaches a closed status, Then every later action is refused', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CLOSED_STATUSES), fc.constantFrom(...CHANGE_ACTIONS), (status, action) => {
        const error = refusal(() => perform(aRequestIn(status), action, NOW));
        expect(error.status).toBe(409);
      }),
    );
  });
});
