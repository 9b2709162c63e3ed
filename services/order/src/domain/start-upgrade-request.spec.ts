import { NOW, contract, ctx, hardwareLine, olivia, order, refusal, sam, validContent } from './__fixtures__/upgrade';
import { startUpgradeRequest } from './start-upgrade-request';

describe('start an upgrade request', () => {
  it('Given operations on the account, an active contract and order, When created in one call, Then it is pending approval and UpgradeRequestSubmitted carries the totals', () => {
    const { state, events } = startUpgradeRequest({
      requestId: 'UR-1',
      caller: olivia,
      content: validContent(),
      submit: true,
      ctx: ctx(),
    });
    expect(state.status).toBe('pending-approval');
    expect(state.heldSerials).toEqual(['SN-1', 'SN-2']);
    expect(events.map((e) => e.type)).toEqual(['UpgradeRequestSubmitted', 'UpgradeApprovalRequested']);
    const payload = events[0]!.payload as unknown as { request: Record<string, unknown> };
    expect(events[0]!.type).toBe('UpgradeRequestSubmitted');
    expect(payload.request).toMatchObject({
      requestId: 'UR-1',
      orderNumber: 'SO-1',
      contractNumber: 'C-1001',
      requestedBy: 'u-olivia',
      discountBasisPoints: 1000,
      term: { startDate: '2026-12-01', endDate: '2028-12-31' },
      subtotal: { amountMinor: 2 * 500000 + 4 * 12345, currency: 'EUR' },
    });
    // The delivery address comes from the account's address book, by id (seed 000 step 5.3).
    expect(payload.request.hardwareLines).toEqual([
      expect.objectContaining({ deliveryAddress: ctx().addressBook!.addresses[0]!.address }),
    ]);
  });

  it('Given a user without operations, When creating, Then 403 ROLE_REQUIRED', () => {
    const e = refusal(() =>
      startUpgradeRequest({ requestId: 'UR-1', caller: sam, content: validContent(), submit: true, ctx: ctx() }),
    );
    expect([e.status, e.code]).toEqual([403, 'ROLE_REQUIRED']);
  });

  it('Given operations narrowed to another contract, When creating, Then 403 ROLE_REQUIRED', () => {
    const narrowed = {
      ...olivia,
      grants: [{ accountId: 'acc-acme', role: 'operations', contractNumber: 'C-9999', section: null }],
    };
    expect(
      refusal(() =>
        startUpgradeRequest({ requestId: 'UR-1', caller: narrowed, content: {}, submit: false, ctx: ctx() }),
      ).code,
    ).toBe('ROLE_REQUIRED');
  });

  it.each(['expired', 'terminated'] as const)(
    'Given a %s contract, When creating, Then CONTRACT_NOT_ACTIVE',
    (status) => {
      const e = refusal(() =>
        startUpgradeRequest({
          requestId: 'UR-1',
          caller: olivia,
          content: {},
          submit: false,
          ctx: ctx({ contract: contract({ status }) }),
        }),
      );
      expect([e.status, e.code]).toEqual([422, 'CONTRACT_NOT_ACTIVE']);
    },
  );

  it('Given an order without a known contract, When creating, Then CONTRACT_NOT_ACTIVE', () => {
    expect(
      refusal(() =>
        startUpgradeRequest({
          requestId: 'UR-1',
          caller: olivia,
          content: {},
          submit: false,
          ctx: ctx({ contract: null }),
        }),
      ).code,
    ).toBe('CONTRACT_NOT_ACTIVE');
  });

  it('Given a cancelled order, When creating, Then SALES_ORDER_NOT_ACTIVE', () => {
    const cancelled = order({ cancelledAt: new Date('2026-11-10T00:00:00Z') });
    expect(
      refusal(() =>
        startUpgradeRequest({
          requestId: 'UR-1',
          caller: olivia,
          content: {},
          submit: false,
          ctx: ctx({ order: cancelled }),
        }),
      ).code,
    ).toBe('SALES_ORDER_NOT_ACTIVE');
  });

  it('Given a shipped, confirmed order on export hold, When creating, Then it is allowed (only cancelled orders are inactive)', () => {
    const o = order({ confirmedAt: NOW, holdsPlaced: [{ at: NOW, reason: null }] });
    expect(
      startUpgradeRequest({
        requestId: 'UR-1',
        caller: olivia,
        content: validContent(),
        submit: true,
        ctx: ctx({ order: o }),
      }).state.status,
    ).toBe('pending-approval');
  });

  it('Given an invalid one-call request, When created, Then every broken rule is refused at once (VALIDATION_FAILED)', () => {
    const e = refusal(() =>
      startUpgradeRequest({
        requestId: 'UR-1',
        caller: olivia,
        content: validContent({
          hardwareLines: [hardwareLine({ serialNumbers: ['SN-1'] })],
          comment: 'z'.repeat(2001),
        }),
        submit: true,
        ctx: ctx(),
      }),
    );
    expect([e.status, e.code]).toEqual([422, 'VALIDATION_FAILED']);
    expect(e.errors?.map((x) => x.code)).toEqual(['SERIAL_COUNT_MISMATCH', 'COMMENT_TOO_LONG']);
  });

  it('Given an empty draft, When created, Then it is saved incomplete with no event', () => {
    const { state, events } = startUpgradeRequest({
      requestId: 'UR-1',
      caller: olivia,
      content: {},
      submit: false,
      ctx: ctx(),
    });
    expect(state.status).toBe('draft');
    expect(events).toEqual([]);
  });

  it('Given a draft with a broken section, When created, Then that section is refused', () => {
    const e = refusal(() =>
      startUpgradeRequest({
        requestId: 'UR-1',
        caller: olivia,
        content: { basicInfo: { ...validContent().basicInfo, startDate: '2020-01-01' } },
        submit: false,
        ctx: ctx(),
      }),
    );
    expect(e.code).toBe('START_DATE_IN_PAST');
  });
});
