import { assignOrderToSmartAccount, orderVisibleTo } from './assign-order-to-smart-account';
import {
  assignmentStatus,
  newLicensingOrder,
  recordOrderFact,
  recordSalesOrder,
  type LicensingOrder,
  type SalesOrderSnapshot,
} from './licensing-order';
import { at, ivan, mallory, paula, refusal, sam, smartAccount } from './test-fixtures';

const now = at('2026-02-01T10:00:00Z');
/** The order service's snapshot of SO-1 (revision 1: booked). */
const snapshot = (overrides: Partial<SalesOrderSnapshot> = {}): SalesOrderSnapshot => ({
  orderNumber: 'SO-1',
  webOrderNumber: 'WEB-1',
  accountId: 'acc-acme',
  resellerAccountId: 'acc-partner',
  purchaseAuthorizationId: null,
  lines: [
    { lineNumber: 1, sku: 'SW-DNA', kind: 'software', quantity: 10 },
    { lineNumber: 2, sku: 'HW-1', kind: 'hardware', quantity: 1 },
  ],
  term: { startDate: '2026-02-01', endDate: '2027-01-31' },
  revision: 1,
  shippedAt: null,
  confirmedAt: null,
  cancelledAt: null,
  exportHold: false,
  ...overrides,
});
const booked = (overrides: Partial<SalesOrderSnapshot> = {}): LicensingOrder =>
  recordSalesOrder(null, snapshot(overrides), now).state;
const shipped = snapshot({ revision: 2, shippedAt: now });
const confirmed = snapshot({ revision: 3, shippedAt: now, confirmedAt: now });
const acme = smartAccount();
const holding = smartAccount({
  smartAccountId: 'sa-hold',
  kind: 'partner-holding',
  ownerAccountId: 'acc-partner',
  domainIdentifier: 'reseller.example',
  virtualAccounts: [{ virtualAccountId: 'va-hold', name: 'HOLD' }],
});
const cmd = { smartAccountId: 'sa-acme', virtualAccountId: 'va-acme-default', termsAccepted: true };
const ctx = (caller = sam, sa = acme) => ({ caller, smartAccount: sa, accountResellerIds: [] as string[], now });

describe('assign an order to a Smart Account', () => {
  it('Given a booked order not yet shipped, When the customer assigns it, Then it is assigned and waits for shipment', () => {
    const { state, events } = assignOrderToSmartAccount(booked(), cmd, ctx());
    expect(state.assignment).toMatchObject({
      smartAccountId: 'sa-acme',
      virtualAccountId: 'va-acme-default',
      assignedBy: 'u-sam',
      holdingAccount: false,
    });
    expect(events.map((e) => e.type)).toEqual(['OrderAssignedToSmartAccount', 'AssignmentWaiting']);
    expect(state.waitingReasons).toEqual(['awaiting-shipment']);
    expect(assignmentStatus(state)).toBe('waiting');
  });

  it('Given an assigned order, When the ERP ships and confirms it, Then the licence line is deposited once and the hardware line not', () => {
    let order = assignOrderToSmartAccount(booked(), cmd, ctx()).state;
    order = recordSalesOrder(order, shipped, now).state;
    const deposited = recordSalesOrder(order, confirmed, now);
    expect(deposited.events.map((e) => e.type)).toEqual(['LicencesDeposited']);
    expect(deposited.state.entitlements).toEqual([
      expect.objectContaining({
        lineNumber: 1,
        sku: 'SW-DNA',
        quantity: 10,
        virtualAccountId: 'va-acme-default',
        term: { startDate: '2026-02-01', endDate: '2027-01-31' },
      }),
    ]);
    const again = recordSalesOrder(deposited.state, confirmed, now);
    expect(again.events).toEqual([]);
    expect(again.state.entitlements).toHaveLength(1);
    expect(assignmentStatus(again.state)).toBe('deposited');
  });

  it('Given a pending Smart Account, When assigned to a shipped, confirmed order, Then it waits with smart-account-pending until activation', () => {
    let order = recordSalesOrder(booked(), shipped, now).state;
    order = recordSalesOrder(order, confirmed, now).state;
    const assigned = assignOrderToSmartAccount(order, cmd, ctx(sam, smartAccount({ status: 'pending' })));
    expect(assigned.state.waitingReasons).toEqual(['smart-account-pending']);
    const activated = recordOrderFact(
      assigned.state,
      'SO-1',
      { kind: 'smart-account-active', smartAccountId: 'sa-acme' },
      now,
    );
    expect(activated.events.map((e) => e.type)).toEqual(['LicencesDeposited']);
  });

  it('Given the same reasons again, When a newer snapshot changes nothing licensing uses, Then no second AssignmentWaiting', () => {
    const order = assignOrderToSmartAccount(booked(), cmd, ctx()).state;
    expect(recordSalesOrder(order, snapshot({ revision: 2 }), now).events).toEqual([]);
  });

  it('Given an internal user, When assigning, Then INTERNAL_USERS_MUST_OPEN_CASE (403)', () => {
    expect(refusal(() => assignOrderToSmartAccount(booked(), cmd, ctx(ivan)))).toMatchObject({
      code: 'INTERNAL_USERS_MUST_OPEN_CASE',
      status: 403,
    });
  });

  it('Given a user of another account, When assigning, Then 404 (the order cannot be probed)', () => {
    expect(refusal(() => assignOrderToSmartAccount(booked(), cmd, ctx(mallory)))).toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
    });
  });

  it('Given terms not accepted and a virtual account of another Smart Account, When assigning, Then both rules are reported', () => {
    const e = refusal(() =>
      assignOrderToSmartAccount(booked(), { ...cmd, termsAccepted: false, virtualAccountId: 'va-hold' }, ctx()),
    );
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.errors!.map((x) => x.code)).toEqual(['TERMS_NOT_ACCEPTED', 'VIRTUAL_ACCOUNT_NOT_IN_SMART_ACCOUNT']);
  });

  it('Given terms not accepted only, When assigning, Then TERMS_NOT_ACCEPTED', () => {
    expect(refusal(() => assignOrderToSmartAccount(booked(), { ...cmd, termsAccepted: false }, ctx())).code).toBe(
      'TERMS_NOT_ACCEPTED',
    );
  });

  it('Given a Smart Account of another customer, When assigning, Then SMART_ACCOUNT_NOT_ELIGIBLE', () => {
    const other = smartAccount({ smartAccountId: 'sa-other', ownerAccountId: 'acc-other' });
    expect(
      refusal(() => assignOrderToSmartAccount(booked(), { ...cmd, smartAccountId: 'sa-other' }, ctx(sam, other))).code,
    ).toBe('SMART_ACCOUNT_NOT_ELIGIBLE');
  });

  it('Given a partner of record, When it parks the order in its holding account, Then it waits with partner-holding-account even once shipped', () => {
    let order = recordSalesOrder(booked(), shipped, now).state;
    order = recordSalesOrder(order, confirmed, now).state;
    const { state } = assignOrderToSmartAccount(
      order,
      { ...cmd, smartAccountId: 'sa-hold', virtualAccountId: 'va-hold' },
      ctx(paula, holding),
    );
    expect(state.assignment!.holdingAccount).toBe(true);
    expect(state.waitingReasons).toEqual(['partner-holding-account']);
    expect(state.entitlements).toEqual([]);
  });

  it('Given an order in the partner holding account, When the partner moves it to the customer Smart Account, Then it is re-assigned, deposited and the history keeps the holding account', () => {
    let order = recordSalesOrder(booked(), shipped, now).state;
    order = recordSalesOrder(order, confirmed, now).state;
    order = assignOrderToSmartAccount(
      order,
      { ...cmd, smartAccountId: 'sa-hold', virtualAccountId: 'va-hold' },
      ctx(paula, holding),
    ).state;
    const moved = assignOrderToSmartAccount(order, cmd, { ...ctx(paula, acme), now: at('2026-02-02T00:00:00Z') });
    expect(moved.events.map((e) => e.type)).toEqual(['OrderAssignedToSmartAccount', 'LicencesDeposited']);
    expect(moved.events[0]!.payload).toMatchObject({
      previousSmartAccountId: 'sa-hold',
      previousVirtualAccountId: 'va-hold',
      smartAccountId: 'sa-acme',
    });
    expect(moved.state.history).toEqual([
      expect.objectContaining({ smartAccountId: 'sa-hold', replacedBy: 'u-paula' }),
    ]);
  });

  it('Given a customer user, When it tries to park the order in the partner holding account, Then SMART_ACCOUNT_NOT_ELIGIBLE', () => {
    expect(
      refusal(() =>
        assignOrderToSmartAccount(
          booked(),
          { ...cmd, smartAccountId: 'sa-hold', virtualAccountId: 'va-hold' },
          ctx(sam, holding),
        ),
      ).code,
    ).toBe('SMART_ACCOUNT_NOT_ELIGIBLE');
  });

  it('Given deposited licences, When re-assigning elsewhere, Then LICENCES_ALREADY_DEPOSITED (409); the same target again is a no-op', () => {
    let order = assignOrderToSmartAccount(booked(), cmd, ctx()).state;
    order = recordSalesOrder(order, shipped, now).state;
    order = recordSalesOrder(order, confirmed, now).state;
    const acme2 = { ...acme, virtualAccounts: [...acme.virtualAccounts, { virtualAccountId: 'va-lab', name: 'LAB' }] };
    expect(
      refusal(() => assignOrderToSmartAccount(order, { ...cmd, virtualAccountId: 'va-lab' }, ctx(sam, acme2))),
    ).toMatchObject({ code: 'LICENCES_ALREADY_DEPOSITED', status: 409 });
    expect(assignOrderToSmartAccount(order, cmd, ctx()).events).toEqual([]);
  });

  it('Given a cancelled order, When assigning, Then SALES_ORDER_NOT_ACTIVE', () => {
    const order = recordSalesOrder(booked(), snapshot({ revision: 2, cancelledAt: now }), now).state;
    expect(refusal(() => assignOrderToSmartAccount(order, cmd, ctx())).code).toBe('SALES_ORDER_NOT_ACTIVE');
  });

  it('Given an order licensing has no snapshot of, When anyone looks, Then it is invisible until the snapshot arrives', () => {
    const order = newLicensingOrder('SO-9');
    expect(orderVisibleTo(order, sam, [])).toBe(false);
    expect(orderVisibleTo(booked(), paula, [])).toBe(true);
    expect(orderVisibleTo(booked({ resellerAccountId: null }), paula, ['acc-partner'])).toBe(true);
    expect(orderVisibleTo(booked({ resellerAccountId: null }), paula, [])).toBe(false);
  });

  it('Given an assignment waiting for the booking, When the snapshot of a shipped and confirmed order arrives, Then deposit happens then', () => {
    const unknown = { ...newLicensingOrder('SO-1'), accountId: 'acc-acme' };
    const assigned = assignOrderToSmartAccount(unknown, cmd, ctx()).state;
    expect(assigned.waitingReasons).toEqual(['awaiting-booking', 'awaiting-shipment']);
    const result = recordSalesOrder(assigned, confirmed, now);
    expect(result.events.map((e) => e.type)).toEqual(['LicencesDeposited']);
  });
});
