import { draftChangeRequest } from './draft-change-request';
import { editDraft } from './edit-draft';
import { refusal } from '@portal/platform/src/testing/refusal';
import { NOW, aDraft, aRequestIn, anElement, carla, ginAccess, quotaChange, seedCatalogs } from './test-fixtures';

const later = new Date(NOW.getTime() + 60_000);

describe('saving a draft', () => {
  it('Given only the element, When a draft is saved, Then it is a draft of that element and ChangeRequestDrafted says so', () => {
    const { state, events } = draftChangeRequest({
      id: 'cr-9',
      element: anElement(),
      content: {},
      actor: carla,
      now: NOW,
      catalogs: seedCatalogs,
    });
    expect(state).toMatchObject({
      id: 'cr-9',
      status: 'draft',
      elementId: 'SO-1-10',
      accountId: 'acc-acme',
      perimeterId: 'C-ACME-1',
      requestedBy: 'u-carla',
      catalogId: null,
    });
    expect(state.history).toEqual([{ at: NOW, action: 'drafted', status: 'draft', by: 'u-carla', note: null }]);
    expect(events).toEqual([
      {
        type: 'ChangeRequestDrafted',
        payload: expect.objectContaining({ requestId: 'cr-9', status: 'draft', requestedBy: 'u-carla', fields: {} }),
      },
    ]);
  });

  it('Given a complete content, When a draft is saved, Then the article name and study flag are resolved', () => {
    const { state } = draftChangeRequest({
      id: 'cr-9',
      element: anElement(),
      content: ginAccess,
      actor: carla,
      now: NOW,
      catalogs: seedCatalogs,
    });
    expect(state).toMatchObject({
      articleId: 'open-gin-access',
      articleName: 'Open a GIN access',
      needsStudy: true,
      fields: ginAccess.fields,
    });
  });

  it('Given blank strings, When a draft is saved, Then they are stored as null', () => {
    const { state } = draftChangeRequest({
      id: 'cr-9',
      element: anElement(),
      content: { reference: '  ', description: '' },
      actor: carla,
      now: NOW,
      catalogs: seedCatalogs,
    });
    expect(state).toMatchObject({ reference: null, description: null });
  });

  it('Given an invalid value, When a draft is saved, Then it is refused with FIELD_INVALID', () => {
    const error = refusal(() =>
      draftChangeRequest({
        id: 'x',
        element: anElement(),
        content: { reference: 'r'.repeat(65) },
        actor: carla,
        now: NOW,
        catalogs: seedCatalogs,
      }),
    );
    expect(error).toMatchObject({
      code: 'FIELD_INVALID',
      status: 422,
      errors: [{ path: 'reference', code: 'FIELD_INVALID' }],
    });
  });

  it('Given two invalid values, When a draft is saved, Then VALIDATION_FAILED lists both', () => {
    const error = refusal(() =>
      draftChangeRequest({
        id: 'x',
        element: anElement(),
        content: { reference: 'r'.repeat(65), catalogId: 'nope' },
        actor: carla,
        now: NOW,
        catalogs: seedCatalogs,
      }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.errors?.map((e) => e.path).sort()).toEqual(['catalogId', 'reference']);
  });
});

describe('editing a draft', () => {
  it('Given a draft, When the reference is edited, Then only the reference changes and ChangeRequestDraftEdited carries the whole draft', () => {
    const draft = aDraft();
    const { state, events } = editDraft(
      draft,
      { reference: 'NEW-REF' },
      { element: anElement(), catalogs: seedCatalogs, actor: carla, now: later },
    );
    expect(state).toMatchObject({
      reference: 'NEW-REF',
      fields: quotaChange.fields,
      status: 'draft',
      updatedAt: later,
    });
    expect(state.history.at(-1)).toMatchObject({ action: 'edited', by: 'u-carla' });
    expect(events[0]).toMatchObject({
      type: 'ChangeRequestDraftEdited',
      payload: { reference: 'NEW-REF', articleId: 'change-quota', status: 'draft' },
    });
  });

  it('Given a draft, When null is sent for a key, Then that value is cleared', () => {
    const { state } = editDraft(
      aDraft(),
      { description: null },
      { element: anElement(), catalogs: seedCatalogs, actor: carla, now: later },
    );
    expect(state.description).toBeNull();
  });

  it('Given a draft, When another article is chosen without fields, Then the previous fields are cleared', () => {
    const { state } = editDraft(
      aDraft(),
      { catalogId: 'gin-access', categoryId: 'gin-access', articleId: 'open-gin-access' },
      { element: anElement(), catalogs: seedCatalogs, actor: carla, now: later },
    );
    expect(state).toMatchObject({ articleId: 'open-gin-access', fields: {}, needsStudy: true });
  });

  it('Given a draft, When the element is changed for another of the same account, Then the draft moves to it', () => {
    const other = anElement({
      id: 'SO-2-10',
      name: 'Other tenant',
      perimeterId: 'C-ACME-2',
      contractNumber: 'C-ACME-2',
    });
    const { state } = editDraft(aDraft(), {}, { element: other, catalogs: seedCatalogs, actor: carla, now: later });
    expect(state).toMatchObject({
      elementId: 'SO-2-10',
      elementName: 'Other tenant',
      perimeterId: 'C-ACME-2',
      contractNumber: 'C-ACME-2',
    });
  });

  it('Given a draft, When the element is changed for one of another account, Then elementId is FIELD_INVALID', () => {
    const error = refusal(() =>
      editDraft(
        aDraft(),
        {},
        { element: anElement({ accountId: 'acc-other' }), catalogs: seedCatalogs, actor: carla, now: later },
      ),
    );
    expect(error).toMatchObject({ code: 'FIELD_INVALID', errors: [{ path: 'elementId' }] });
  });

  it('Given a draft, When an invalid field value is sent, Then it is refused with FIELD_INVALID', () => {
    const error = refusal(() =>
      editDraft(
        aDraft(),
        { fields: { resource: 'vcpus', newQuota: -1 } },
        { element: anElement(), catalogs: seedCatalogs, actor: carla, now: later },
      ),
    );
    expect(error).toMatchObject({ code: 'FIELD_INVALID', errors: [{ path: 'fields.newQuota' }] });
  });

  it.each(['submitted', 'quote-pending', 'in-progress', 'completed', 'cancelled'] as const)(
    'Given a request that is %s, When edited, Then CHANGE_REQUEST_NOT_EDITABLE (409)',
    (status) => {
      const error = refusal(() =>
        editDraft(
          aRequestIn(status),
          { reference: 'x' },
          { element: anElement(), catalogs: seedCatalogs, actor: carla, now: later },
        ),
      );
      expect(error).toMatchObject({ code: 'CHANGE_REQUEST_NOT_EDITABLE', status: 409 });
    },
  );
});
