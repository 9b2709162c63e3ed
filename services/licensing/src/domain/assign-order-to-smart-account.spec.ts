import { assignOrderToSmartAccount, orderVisibleTo } from './assign-order-to-smart-account';
import { assignmentStatus, recordBooking, recordOrderFact, type LicensingOrder } from './licensing-order';
import { at, ivan, mallory, paula, refusal, sam, smartAccount } from './test-fixtures';

const now = at('2026-02-01T10:00:00Z');
const booked = (overrides: Partial<Parameters<typeof recordBooking>[1]> = {}): LicensingOrder =>
  recordBooking(
    null,
    {
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
      ...overrides,
    },
    now,
  ).state;
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
    order = recordOrderFact(order, 'SO-1', { kind: 'shipped', at: now }, now).state;
    const confirmed = recordOrderFact(order, 'SO-1', { kind: 'confirmed', at: now }, now);
    expect(confirmed.events.map((e) => e.type)).toEqual(['LicencesDeposited']);
    expect(confirmed.state.entitlements).toEqual([
      expect.objectContaining({
        lineNumber: 1,
        sku: 'SW-DNA',
        quantity: 10,
        virtualAccountId: 'va-acme-default',
        term: { startDate: '2026-02-01', endDate: '2027-01-31' },
      }),
    ]);
    const again = recordOrderFact(confirmed.state, 'SO-1', { kind: 'confirmed', at: now }, now);
    expect(again.events).toEqual([]);
    expect(again.state.entitlements).toHaveLength(1);
    expect(assignmentStatus(again.state)).toBe('deposited');
  });

  it('Given a pending Smart Account, When assigned to a shipped, confirmed order, Then it waits with smart-account-pending until activation', () => {
    let order = recordOrderFact(booked(), 'SO-1', { kind: 'shipped', at: now }, now).state;
    order = recordOrderFact(order, 'SO-1', { kind: 'confirmed', at: now }, now).state;
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

  it('Given the same reasons again, When a fact changes nothing, Then no second AssignmentWaiting', () => {
    const order = assignOrderToSmartAccount(booked(), cmd, ctx()).state;
    expect(recordOrderFact(order, 'SO-1', { kind: 'export-hold-released', at: now }, now).events).toEqual([]);
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
    let order = recordOrderFact(booked(), 'SO-1', { kind: 'shipped', at: now }, now).state;
    order = recordOrderFact(order, 'SO-1', { kind: 'confirmed', at: now }, now).state;
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
    let order = recordOrderFact(booked(), 'SO-1', { kind: 'shipped', at: now }, now).state;
    order = recordOrderFact(order, 'SO-1', { kind: 'confirmed', at: now }, now).state;
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
    order = recordOrderFact(order, 'SO-1', { kind: 'shipped', at: now }, now).state;
    order = recordOrderFact(order, 'SO-1', { kind: 'confirmed', at: now }, now).state;
    const acme2 = { ...acme, virtualAccounts: [...acme.virtualAccounts, { virtualAccountId: 'va-lab', name: 'LAB' }] };
    expect(
      refusal(() => assignOrderToSmartAccount(order, { ...cmd, virtualAccountId: 'va-lab' }, ctx(sam, acme2))),
    ).toMatchObject({ code: 'LICENCES_ALREADY_DEPOSITED', status: 409 });
    expect(assignOrderToSmartAccount(order, cmd, ctx()).events).toEqual([]);
  });

  it('Given a cancelled order, When assigning, Then SALES_ORDER_NOT_ACTIVE', () => {
    const order = recordOrderFact(booked(), 'SO-1', { kind: 'cancelled', at: now }, now).state;
    expect(refusal(() => assignOrderToSmartAccount(order, cmd, ctx())).code).toBe('SALES_ORDER_NOT_ACTIVE');
  });

  it('Given an order only known from its shipment, When anyone looks, Then it is invisible until booked', () => {
    const order = recordOrderFact(null, 'SO-9', { kind: 'shipped', at: now }, now).state;
    expect(orderVisibleTo(order, sam, [])).toBe(false);
    expect(orderVisibleTo(booked(), paula, [])).toBe(true);
    expect(orderVisibleTo(booked({ resellerAccountId: null }), paula, ['acc-partner'])).toBe(true);
    expect(orderVisibleTo(booked({ resellerAccountId: null }), paula, [])).toBe(false);
  });

  it('Given shipment and confirmation before the booking, When the booking arrives after the assignment, Then deposit happens then', () => {
    let order = recordOrderFact(null, 'SO-1', { kind: 'shipped', at: now }, now).state;
    order = recordOrderFact(order, 'SO-1', { kind: 'confirmed', at: now }, now).state;
    const b = booked();
    const assigned = assignOrderToSmartAccount({ ...order, accountId: 'acc-acme', lines: null }, cmd, ctx()).state;
    expect(assigned.waitingReasons).toEqual(['awaiting-booking']);
    const result = recordBooking(
      assigned,
      {
        orderNumber: 'SO-1',
        webOrderNumber: 'WEB-1',
        accountId: 'acc-acme',
        resellerAccountId: null,
        purchaseAuthorizationId: null,
        lines: b.lines!,
        term: null,
      },
      now,
    );
    expect(result.events.map((e) => e.type)).toEqual(['LicencesDeposited']);
  });
});
