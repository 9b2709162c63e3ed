import { requestServiceContractRenewal } from './request-service-contract-renewal';
import {
  acceptServiceContractQuote,
  confirmServiceContract,
  coverDevice,
  declineServiceContractQuote,
  renewalStatusAt,
} from './service-contract-lifecycle';
import { defaultServiceContractOffers, offerIn } from './service-contract-offers';
import { account, caller, device, grant, NOW, refusal } from './testing/fixtures';

const buyer = caller('u-b', [grant('acc-acme', 'buyer')]);
const quoted = () =>
  requestServiceContractRenewal(
    'scr-1',
    { action: 'renew', plan: 'prosupport', durationMonths: 12, serialNumbers: ['SVC-TAG-1'] },
    {
      caller: buyer,
      account: account(),
      devices: [device()],
      now: NOW,
      offer: offerIn(defaultServiceContractOffers(), 'FR', null),
      quoteValidityDays: 30,
    },
  ).state;
const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);
const confirmed = {
  requestId: 'scr-1',
  serviceContractNumber: 'SC-9001',
  plan: 'prosupport',
  startDate: '2026-04-01',
  endDate: '2027-03-31',
  serialNumbers: ['SVC-TAG-1'],
  confirmedAt: NOW,
};

describe('service contract quote lifecycle', () => {
  it('Given a quote, When the buyer accepts it in time, Then accepted with the command the ERP books', () => {
    const { state, events } = acceptServiceContractQuote(quoted(), {
      caller: buyer,
      account: account(),
      now: later(1),
    });
    expect(state).toMatchObject({ status: 'accepted', decidedBy: 'u-b' });
    expect(events[0]).toMatchObject({
      type: 'ServiceContractQuoteAccepted',
      payload: { quoteId: 'scr-1-q1', serialNumbers: ['SVC-TAG-1'], total: { amountMinor: 12900, currency: 'EUR' } },
    });
  });

  it('Given a quote past validUntil, When accepted, Then QUOTE_EXPIRED (409) and it shows quote-expired', () => {
    const r = quoted();
    expect(renewalStatusAt(r, later(31))).toBe('quote-expired');
    expect(
      refusal(() => acceptServiceContractQuote(r, { caller: buyer, account: account(), now: later(31) })),
    ).toMatchObject({ code: 'QUOTE_EXPIRED', status: 409 });
  });

  it('Given a declined quote, When accepted afterwards, Then RENEWAL_NOT_QUOTED; a shopper cannot decide', () => {
    const declined = declineServiceContractQuote(quoted(), 'too dear', { caller: buyer, account: account(), now: NOW });
    expect(declined.state).toMatchObject({ status: 'declined', declineReason: 'too dear' });
    expect(declined.events[0]!.type).toBe('ServiceContractQuoteDeclined');
    expect(
      refusal(() => acceptServiceContractQuote(declined.state, { caller: buyer, account: account(), now: NOW })),
    ).toMatchObject({ code: 'RENEWAL_NOT_QUOTED', status: 409 });
    const shopper = caller('u-s', [grant('acc-acme', 'shopper')]);
    expect(
      refusal(() => acceptServiceContractQuote(quoted(), { caller: shopper, account: account(), now: NOW })),
    ).toMatchObject({ code: 'ROLE_REQUIRED' });
  });

  it('Given an accepted request, When the ERP confirms it, Then active with its contract; anything else is refused', () => {
    const accepted = acceptServiceContractQuote(quoted(), { caller: buyer, account: account(), now: NOW }).state;
    const { state, events } = confirmServiceContract(accepted, 'acc-acme', confirmed);
    expect(state).toMatchObject({
      status: 'active',
      serviceContractNumber: 'SC-9001',
      coverage: { startDate: '2026-04-01', endDate: '2027-03-31' },
    });
    expect(events[0]).toMatchObject({ type: 'ServiceContractActivated', payload: { requestedBy: 'u-b' } });
    expect(() => confirmServiceContract(quoted(), 'acc-acme', confirmed)).toThrow(/not accepted/);
    expect(() => confirmServiceContract(accepted, 'acc-other', confirmed)).toThrow(/unknown request/);
  });

  it('Given a device, When covered, Then plan, contract and support end move on, never back', () => {
    const covered = coverDevice(device(), confirmed);
    expect(covered).toMatchObject({
      supportPlan: 'prosupport',
      serviceContractNumber: 'SC-9001',
      supportEndsOn: '2027-03-31',
    });
    expect(coverDevice({ ...covered, supportEndsOn: '2029-01-01' }, confirmed).supportEndsOn).toBe('2029-01-01');
  });
});
