import { loadCatalog } from '../catalog/catalog';
import { handledEventTypes } from '../domain/rule-table';
import type { NotifyDeps } from '../app/notify-event';
import { notificationHandlers, toView } from './notify-handler';
import { emailJob } from '../app/send-email';

describe('handler table built from the rule table', () => {
  const catalog = loadCatalog();

  it('Given the rule table When the handler table is built Then every event type a rule or follow names has a handler, and no other', () => {
    const handlers = notificationHandlers({ catalog } as unknown as NotifyDeps);
    expect(Object.keys(handlers).sort()).toEqual(handledEventTypes(catalog.table));
    expect(Object.keys(handlers)).toEqual(
      expect.arrayContaining([
        'RenewalNoticeDue',
        'MembershipRenewed',
        'UserInvited',
        'InvoiceOverdue',
        'ChangeRequestCompleted',
      ]),
    );
  });

  it('Given an envelope When viewed by the domain Then its fields are kept as they are', () => {
    const occurredAt = new Date('2026-01-01T00:00:00Z');
    const envelope = {
      eventId: 'e',
      eventType: 'InvoiceOverdue',
      occurredAt,
      aggregateId: 'a',
      accountId: 'acc',
      correlationId: 'c',
      causationId: null,
      actor: null,
      payload: { invoiceNumber: 'I' },
    };
    expect(toView(envelope as never)).toEqual({
      eventId: 'e',
      eventType: 'InvoiceOverdue',
      occurredAt,
      aggregateId: 'a',
      accountId: 'acc',
      correlationId: 'c',
      actor: null,
      payload: { invoiceNumber: 'I' },
    });
  });

  it('Given a delivery When its attempts are planned Then each attempt is its own job id (a fired job cannot be re-planned)', () => {
    const due = new Date('2026-01-01T00:00:00Z');
    expect(emailJob('d-1', 0, due)).toEqual({
      id: 'email:d-1:0',
      kind: 'notification.send-email',
      dueAt: due,
      payload: { deliveryId: 'd-1', attempt: 0 },
    });
    expect(emailJob('d-1', 1, due).id).toBe('email:d-1:1');
  });
});
