import { requestServiceContractRenewal, type RenewalRequestCommand } from './request-service-contract-renewal';
import { defaultServiceContractOffers, offerIn, parseServiceContractOffers } from './service-contract-offers';
import { account, caller, device, grant, NOW, refusal } from './testing/fixtures';

const cmd = (overrides: Partial<RenewalRequestCommand> = {}): RenewalRequestCommand => ({
  action: 'renew',
  plan: 'prosupport',
  durationMonths: 36,
  serialNumbers: ['svc-tag-1'],
  ...overrides,
});
const buyer = caller('u-b', [grant('acc-acme', 'buyer')]);
const devices = [
  device(),
  device({ serialNumber: 'SVC-TAG-2', supportPlan: 'prosupport-plus' }),
  device({ serialNumber: 'OTHER-1', accountId: 'acc-nordic' }),
];
const offers = defaultServiceContractOffers();
const ctx = (overrides = {}) => ({
  caller: buyer,
  account: account(),
  devices,
  now: NOW,
  offer: offerIn(offers, 'FR', null),
  quoteValidityDays: 30,
  ...overrides,
});

describe('service contract renewal', () => {
  it('Given a buyer and devices of the account, When renewal is requested, Then the request and its quote priced from the country’s plans', () => {
    const { state, events } = requestServiceContractRenewal('scr-1', cmd({ comment: 'before summer' }), ctx());
    expect(state).toMatchObject({
      requestId: 'scr-1',
      status: 'quoted',
      plan: 'prosupport',
      durationMonths: 36,
      requestedBy: 'u-b',
    });
    expect(events).toEqual([
      {
        type: 'ServiceContractRenewalRequested',
        payload: {
          requestId: 'scr-1',
          action: 'renew',
          plan: 'prosupport',
          durationMonths: 36,
          devices: [{ serialNumber: 'SVC-TAG-1', sku: 'SRV-R650', currentPlan: null, warrantyEndsOn: '2027-06-01' }],
          requestedBy: 'u-b',
          comment: 'before summer',
        },
      },
      {
        type: 'ServiceContractQuoteIssued',
        payload: {
          requestId: 'scr-1',
          quoteId: 'scr-1-q1',
          action: 'renew',
          plan: 'prosupport',
          durationMonths: 36,
          // EMEA prosupport 129.00 EUR a year, 3 years
          lines: [{ serialNumber: 'SVC-TAG-1', sku: 'SRV-R650', amount: { amountMinor: 38700, currency: 'EUR' } }],
          total: { amountMinor: 38700, currency: 'EUR' },
          validUntil: new Date('2026-04-14T10:00:00.000Z'),
          requestedBy: 'u-b',
        },
      },
    ]);
  });

  it('Given a shopper, When renewal is requested, Then ROLE_REQUIRED (403)', () => {
    const shopper = caller('u-shopper', [grant('acc-acme', 'shopper')]);
    expect(refusal(() => requestServiceContractRenewal('scr-1', cmd(), ctx({ caller: shopper })))).toMatchObject({
      code: 'ROLE_REQUIRED',
      status: 403,
    });
  });

  it('Given an account whose country does not offer it, When requested, Then FEATURE_NOT_AVAILABLE', () => {
    const brazil = account({ country: 'BR', features: ['devices'] });
    expect(refusal(() => requestServiceContractRenewal('scr-1', cmd(), ctx({ account: brazil }))).code).toBe(
      'FEATURE_NOT_AVAILABLE',
    );
  });

  it('Given a user of another account, When requested, Then 404', () => {
    expect(
      refusal(() =>
        requestServiceContractRenewal(
          'scr-1',
          cmd(),
          ctx({ caller: caller('u-sven', [grant('acc-nordic', 'site-admin')]) }),
        ),
      ).status,
    ).toBe(404);
  });

  it('Given the reseller of record, When its partner-admin requests, Then it is allowed', () => {
    const paula = caller('u-paula', [grant('acc-partner', 'partner-admin')]);
    expect(
      requestServiceContractRenewal(
        'scr-1',
        cmd(),
        ctx({ caller: paula, account: account({ resellerAccountIds: ['acc-partner'] }) }),
      ).events,
    ).toHaveLength(2);
  });

  it('Given every kind of bad input, When requested, Then every rule at once', () => {
    const error = refusal(() =>
      requestServiceContractRenewal(
        'scr-1',
        cmd({
          plan: 'gold',
          durationMonths: 7,
          serialNumbers: ['SVC-TAG-1', 'svc-tag-1', 'OTHER-1', 'nope'],
          comment: 'x'.repeat(2001),
        }),
        ctx(),
      ),
    );
    expect(error.errors!.map((e) => `${e.path}:${e.code}`)).toEqual([
      'plan:UNKNOWN_PLAN',
      'durationMonths:DURATION_NOT_OFFERED',
      'comment:FIELD_INVALID',
      'serialNumbers[1]:DUPLICATE_DEVICE',
      'serialNumbers[2]:DEVICE_NOT_FOUND',
      'serialNumbers[3]:DEVICE_NOT_FOUND',
    ]);
  });

  it('Given no device, When requested, Then NO_DEVICES_SELECTED', () => {
    expect(refusal(() => requestServiceContractRenewal('scr-1', cmd({ serialNumbers: [] }), ctx())).code).toBe(
      'NO_DEVICES_SELECTED',
    );
  });

  it('Given a device already on a higher plan, When renewed on a lower one, Then PLAN_DOWNGRADE_NOT_ALLOWED', () => {
    expect(
      refusal(() => requestServiceContractRenewal('scr-1', cmd({ serialNumbers: ['SVC-TAG-2'] }), ctx())).code,
    ).toBe('PLAN_DOWNGRADE_NOT_ALLOWED');
  });

  it('Given an upgrade, When the plan is not above the current one, Then PLAN_NOT_AN_UPGRADE; above, Then accepted', () => {
    expect(
      refusal(() => requestServiceContractRenewal('scr-1', cmd({ action: 'upgrade', plan: 'basic' }), ctx())).code,
    ).toBe('PLAN_NOT_AN_UPGRADE');
    expect(
      requestServiceContractRenewal('scr-1', cmd({ action: 'upgrade', plan: 'prosupport-plus' }), ctx()).state.action,
    ).toBe('upgrade');
  });
});

describe('service contract offers per country (data)', () => {
  it('Given Sweden, When priced, Then its own currency and durations; a duration sold elsewhere only is DURATION_NOT_OFFERED', () => {
    const se = account({ accountId: 'acc-acme', country: 'SE' });
    const { state } = requestServiceContractRenewal('scr-2', cmd({ durationMonths: 12 }), {
      ...ctx({ account: se }),
      offer: offerIn(offers, 'SE', null),
    });
    expect(state.quote?.total).toEqual({ amountMinor: 145000, currency: 'SEK' });
    expect(
      refusal(() =>
        requestServiceContractRenewal('scr-3', cmd({ durationMonths: 60 }), {
          ...ctx({ account: se }),
          offer: offerIn(offers, 'SE', null),
        }),
      ),
    ).toMatchObject({ code: 'DURATION_NOT_OFFERED' });
  });

  it('Given a country whose offer lacks a plan, When that plan is asked for, Then UNKNOWN_PLAN; without any offer FEATURE_NOT_AVAILABLE', () => {
    const jp = { ...ctx(), offer: offerIn(offers, 'AU', null) };
    expect(refusal(() => requestServiceContractRenewal('s', cmd({ plan: 'prosupport-plus' }), jp))).toMatchObject({
      code: 'UNKNOWN_PLAN',
    });
    expect(refusal(() => requestServiceContractRenewal('s', cmd(), { ...ctx(), offer: null }))).toMatchObject({
      code: 'FEATURE_NOT_AVAILABLE',
      status: 403,
    });
  });

  it('Given offers data that leaves a country without plans or prices a fraction of a year, When loaded, Then every problem is named at once', () => {
    const bad = {
      quoteValidityDays: 30,
      regions: { EMEA: { currency: 'EUR', durationsMonths: [18], plans: { basic: 100 } }, MARS: offerOf() },
      countries: {},
    };
    expect(refusal(() => parseServiceContractOffers(bad))).toMatchObject({ code: 'SERVICE_CONTRACT_OFFERS_INVALID' });
    const missing = { quoteValidityDays: 30, regions: { EMEA: offerOf(), MARS: offerOf() }, countries: {} };
    const problem = refusal(() => parseServiceContractOffers(missing));
    expect(problem.errors?.map((e) => e.path)).toEqual(
      expect.arrayContaining(['countries.US', 'countries.JP', 'regions.MARS']),
    );
  });
});

function offerOf() {
  return { currency: 'EUR', durationsMonths: [12], plans: { basic: 100 } };
}
