import { billingFor } from './free-changes-left';
import { previewSubmission } from './preview-submission';
import { submitChangeRequest, submitNewChangeRequest } from './submit-change-request';
import { refusal } from '@portal/platform/src/testing/refusal';
import {
  NOW,
  aDraft,
  aRequestIn,
  anElement,
  carla,
  freeBilling,
  ginAccess,
  quotaChange,
  rdsRemoval,
  seedCatalogs,
} from './test-fixtures';

const later = new Date(NOW.getTime() + 60_000);
const context = (overrides = {}) => ({
  element: anElement(),
  catalogs: seedCatalogs,
  billing: freeBilling,
  openRequestIdsOnElement: [] as string[],
  actor: carla,
  now: later,
  ...overrides,
});

describe('submitting a change request', () => {
  it('Given a complete draft, When submitted, Then it is submitted with its billing, catalog version and a ChangeRequestSubmitted event', () => {
    const { state, events, warnings } = submitChangeRequest(aDraft(), context());
    expect(state).toMatchObject({
      status: 'submitted',
      submittedAt: later,
      catalogVersion: seedCatalogs.version,
      billing: freeBilling,
      articleName: 'Change a quota',
    });
    expect(state.history.at(-1)).toMatchObject({ action: 'submitted', status: 'submitted', by: 'u-carla', note: null });
    expect(warnings).toEqual([]);
    expect(events).toEqual([
      {
        type: 'ChangeRequestSubmitted',
        payload: expect.objectContaining({
          requestId: 'cr-1',
          status: 'submitted',
          billable: false,
          billingMonth: '2026-03',
          changeOrdinal: 1,
          freeChangesPerMonth: 3,
          needsStudy: false,
          otherOpenRequestIds: [],
        }),
      },
    ]);
  });

  it('Given an article that needs a prior study, When submitted, Then it goes to quote-pending', () => {
    const { state, events } = submitChangeRequest(aDraft(ginAccess), context());
    expect(state.status).toBe('quote-pending');
    expect(events[0]!.payload).toMatchObject({ needsStudy: true, status: 'quote-pending' });
  });

  it('Given the monthly free changes are used up, When submitted, Then the request is billable and the history says so', () => {
    const { state, events } = submitChangeRequest(aDraft(), context({ billing: billingFor('2026-03', 3, 4) }));
    expect(state.billing).toMatchObject({ billable: true, ordinal: 4 });
    expect(state.history.at(-1)!.note).toContain('billable');
    expect(events[0]!.payload).toMatchObject({ billable: true, changeOrdinal: 4 });
  });

  it('Given other open requests on the element, When submitted, Then it goes through with CHANGES_IN_PROGRESS_ON_ELEMENT naming them (not itself)', () => {
    const { state, warnings, events } = submitChangeRequest(
      aDraft(),
      context({ openRequestIdsOnElement: ['cr-7', 'cr-1', 'cr-3'] }),
    );
    expect(state.status).toBe('submitted');
    expect(warnings).toEqual([
      { code: 'CHANGES_IN_PROGRESS_ON_ELEMENT', detail: expect.any(String), requestIds: ['cr-3', 'cr-7'] },
    ]);
    expect(events[0]!.payload).toMatchObject({ otherOpenRequestIds: ['cr-3', 'cr-7'] });
  });

  it('Given an incomplete draft, When submitted, Then every missing value is reported (FIELD_REQUIRED) and nothing changes', () => {
    const draft = aDraft({ catalogId: 'standard', categoryId: 'quota-changes', articleId: 'change-quota' });
    const error = refusal(() => submitChangeRequest(draft, context()));
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', status: 422 });
    expect(error.errors).toEqual([
      expect.objectContaining({ path: 'fields.resource', code: 'FIELD_REQUIRED' }),
      expect.objectContaining({ path: 'fields.newQuota', code: 'FIELD_REQUIRED' }),
    ]);
  });

  it('Given a draft removing more RDS licences than held, When submitted, Then FIELD_INVALID on quantity', () => {
    const error = refusal(() => submitChangeRequest(aDraft(rdsRemoval(9)), context()));
    expect(error).toMatchObject({ code: 'FIELD_INVALID', errors: [{ path: 'fields.quantity' }] });
  });

  it('Given the element lost licences since the draft, When submitted, Then the removal is checked against what is held now', () => {
    const draft = aDraft(rdsRemoval(5));
    expect(refusal(() => submitChangeRequest(draft, context({ element: anElement({ rdsLicences: 4 }) }))).code).toBe(
      'FIELD_INVALID',
    );
  });

  it('Given an RDS removal of 2, When submitted, Then the request will remove 2 licences on completion', () => {
    expect(submitChangeRequest(aDraft(rdsRemoval(2)), context()).state.rdsLicencesDelta).toBe(-2);
  });

  it.each([
    'submitted',
    'quote-pending',
    'in-progress',
    'completed',
    'rejected',
    'cancelled',
    'quote-declined',
  ] as const)('Given a request that is %s, When submitted again, Then INVALID_STATUS_TRANSITION', (status) => {
    expect(refusal(() => submitChangeRequest(aRequestIn(status), context())).code).toBe('INVALID_STATUS_TRANSITION');
  });

  it('Given complete content, When created and submitted in one call, Then both events are caused and it is submitted', () => {
    const { state, events } = submitNewChangeRequest(
      { id: 'cr-5', element: anElement(), content: quotaChange },
      context(),
    );
    expect(state).toMatchObject({ id: 'cr-5', status: 'submitted' });
    expect(events.map((e) => e.type)).toEqual(['ChangeRequestDrafted', 'ChangeRequestSubmitted']);
  });

  it('Given incomplete content, When created and submitted in one call, Then every broken rule is reported', () => {
    const error = refusal(() =>
      submitNewChangeRequest({ id: 'cr-5', element: anElement(), content: { reference: 'r'.repeat(65) } }, context()),
    );
    expect(error.errors?.map((e) => `${e.path}:${e.code}`).sort()).toEqual([
      'catalogId:FIELD_REQUIRED',
      'reference:FIELD_INVALID',
    ]);
  });
});

describe('previewing a submission', () => {
  it('Given new content, When previewed, Then the warnings and billing are those a submit would give', () => {
    const preview = previewSubmission(
      { content: quotaChange },
      {
        element: anElement(),
        catalogs: seedCatalogs,
        billing: billingFor('2026-03', 2, 3),
        openRequestIdsOnElement: ['cr-2'],
      },
    );
    expect(preview).toEqual({
      warnings: [expect.objectContaining({ code: 'CHANGES_IN_PROGRESS_ON_ELEMENT', requestIds: ['cr-2'] })],
      billing: { month: '2026-03', freeChangesPerMonth: 2, usedThisMonth: 3, freeChangesLeft: 0, billable: true },
      needsStudy: false,
      status: 'submitted',
    });
  });

  it('Given a draft of a study article, When previewed, Then it would go to quote-pending', () => {
    const preview = previewSubmission(
      { request: aDraft(ginAccess) },
      { element: anElement(), catalogs: seedCatalogs, billing: freeBilling, openRequestIdsOnElement: ['cr-1'] },
    );
    expect(preview).toMatchObject({
      status: 'quote-pending',
      needsStudy: true,
      warnings: [],
      billing: { billable: false, freeChangesLeft: 2 },
    });
  });

  it('Given invalid content, When previewed, Then it is refused as the submit would be', () => {
    const error = refusal(() =>
      previewSubmission(
        { content: rdsRemoval(99) },
        { element: anElement(), catalogs: seedCatalogs, billing: freeBilling, openRequestIdsOnElement: [] },
      ),
    );
    expect(error.code).toBe('FIELD_INVALID');
  });

  it('Given a request already submitted, When previewed, Then INVALID_STATUS_TRANSITION', () => {
    const error = refusal(() =>
      previewSubmission(
        { request: aRequestIn('submitted') },
        { element: anElement(), catalogs: seedCatalogs, billing: freeBilling, openRequestIdsOnElement: [] },
      ),
    );
    expect(error.code).toBe('INVALID_STATUS_TRANSITION');
  });
});
