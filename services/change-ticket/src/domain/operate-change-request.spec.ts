import { cancelChangeRequest } from './cancel-change-request';
import { completeChangeRequest, rejectChangeRequest, startChangeRequest } from './operate-change-request';
import { submitChangeRequest } from './submit-change-request';
import { refusal } from '@portal/platform/src/testing/refusal';
import {
  NOW,
  aDraft,
  aRequestIn,
  anElement,
  carla,
  freeBilling,
  otto,
  rdsRemoval,
  seedCatalogs,
} from './test-fixtures';

describe('operator actions', () => {
  it.each(['submitted', 'quote-accepted'] as const)(
    'Given a request that is %s, When the operator starts it, Then it is in-progress with ChangeRequestStarted',
    (status) => {
      const { state, events } = startChangeRequest(aRequestIn(status), otto, NOW);
      expect(state.status).toBe('in-progress');
      expect(events).toEqual([
        { type: 'ChangeRequestStarted', payload: { requestId: 'cr-1', startedBy: 'u-otto', status: 'in-progress' } },
      ]);
    },
  );

  it.each(['draft', 'quote-pending', 'in-progress', 'completed'] as const)(
    'Given a request that is %s, When started, Then INVALID_STATUS_TRANSITION',
    (status) => {
      expect(refusal(() => startChangeRequest(aRequestIn(status), otto, NOW)).code).toBe('INVALID_STATUS_TRANSITION');
    },
  );

  it('Given a request in progress, When completed, Then it is completed with ChangeRequestCompleted', () => {
    const { state, events } = completeChangeRequest(aRequestIn('in-progress'), otto, NOW);
    expect(state.status).toBe('completed');
    expect(events[0]).toMatchObject({
      type: 'ChangeRequestCompleted',
      payload: { articleId: 'change-quota', elementId: 'SO-1-10', rdsLicencesDelta: 0 },
    });
  });

  it('Given an RDS removal in progress, When completed, Then the event carries the licences removed', () => {
    const submitted = submitChangeRequest(aDraft(rdsRemoval(2)), {
      element: anElement(),
      catalogs: seedCatalogs,
      billing: freeBilling,
      openRequestIdsOnElement: [],
      actor: carla,
      now: NOW,
    }).state;
    const { events } = completeChangeRequest({ ...submitted, status: 'in-progress' }, otto, NOW);
    expect(events[0]!.payload).toMatchObject({ rdsLicencesDelta: -2 });
  });

  it.each(['submitted', 'quote-accepted', 'draft'] as const)(
    'Given a request that is %s, When completed, Then INVALID_STATUS_TRANSITION',
    (status) => {
      expect(refusal(() => completeChangeRequest(aRequestIn(status), otto, NOW)).code).toBe(
        'INVALID_STATUS_TRANSITION',
      );
    },
  );

  it.each(['submitted', 'quote-pending', 'quote-accepted', 'in-progress'] as const)(
    'Given a request that is %s, When rejected with a reason, Then it is rejected',
    (status) => {
      const { state, events } = rejectChangeRequest(aRequestIn(status), 'Not feasible on this tenant', otto, NOW);
      expect(state).toMatchObject({ status: 'rejected', closingReason: 'Not feasible on this tenant' });
      expect(events[0]).toMatchObject({
        type: 'ChangeRequestRejected',
        payload: { reason: 'Not feasible on this tenant', rejectedBy: 'u-otto' },
      });
    },
  );

  it('Given a request in progress, When rejected without a reason, Then reason is FIELD_REQUIRED; too long a reason is FIELD_INVALID', () => {
    expect(refusal(() => rejectChangeRequest(aRequestIn('in-progress'), '  ', otto, NOW))).toMatchObject({
      code: 'FIELD_REQUIRED',
      errors: [{ path: 'reason' }],
    });
    expect(refusal(() => rejectChangeRequest(aRequestIn('in-progress'), 'x'.repeat(1001), otto, NOW)).code).toBe(
      'FIELD_INVALID',
    );
  });

  it.each(['draft', 'completed', 'cancelled', 'rejected', 'quote-declined'] as const)(
    'Given a request that is %s, When rejected, Then INVALID_STATUS_TRANSITION',
    (status) => {
      expect(refusal(() => rejectChangeRequest(aRequestIn(status), 'no', otto, NOW)).code).toBe(
        'INVALID_STATUS_TRANSITION',
      );
    },
  );
});

describe('cancelling', () => {
  it.each(['draft', 'submitted', 'quote-pending'] as const)(
    'Given a request that is %s, When the customer cancels it, Then it is cancelled with ChangeRequestCancelled',
    (status) => {
      const { state, events } = cancelChangeRequest(aRequestIn(status), 'not needed any more', carla, NOW);
      expect(state).toMatchObject({ status: 'cancelled', closingReason: 'not needed any more' });
      expect(events[0]).toMatchObject({
        type: 'ChangeRequestCancelled',
        payload: { previousStatus: status, cancelledBy: 'u-carla', reason: 'not needed any more' },
      });
    },
  );

  it('Given a submitted request, When cancelled, Then the change it used stays counted (billing kept)', () => {
    expect(cancelChangeRequest(aRequestIn('submitted'), null, carla, NOW).state.billing).toEqual(freeBilling);
  });

  it.each(['quote-accepted', 'in-progress', 'completed', 'rejected', 'cancelled', 'quote-declined'] as const)(
    'Given a request that is %s, When cancelled, Then INVALID_STATUS_TRANSITION',
    (status) => {
      expect(refusal(() => cancelChangeRequest(aRequestIn(status), null, carla, NOW))).toMatchObject({
        code: 'INVALID_STATUS_TRANSITION',
        status: 409,
      });
    },
  );

  it('Given a reason over 1000 characters, When cancelled, Then reason is FIELD_INVALID', () => {
    expect(refusal(() => cancelChangeRequest(aRequestIn('draft'), 'x'.repeat(1001), carla, NOW)).code).toBe(
      'FIELD_INVALID',
    );
  });
});
