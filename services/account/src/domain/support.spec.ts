import { accountOverview } from './overview';
import { addAddress, emptyAddressBook } from './address-book';
import { addPaymentMethod, emptyWallet } from './payment-methods';
import { openQuotes, publishDocument, recordServiceRequest, setSupportContacts } from './support';
import { account, device, NOW, order, refusal, siteAdmin, staff } from './testing/fixtures';

describe('account team contacts', () => {
  it('Given the account team, When it sets contacts, Then they replace the list', () => {
    const { state } = setSupportContacts(
      account(),
      [{ name: 'Ada', role: 'Account manager', email: 'ada@vendor.example', phone: null }],
      { caller: staff(), now: NOW },
    );
    expect(state.supportContacts).toHaveLength(1);
  });
  it('Given a customer, When they set contacts, Then INTERNAL_USERS_ONLY; bad entries are listed', () => {
    expect(refusal(() => setSupportContacts(account(), [], { caller: siteAdmin(), now: NOW })).code).toBe(
      'INTERNAL_USERS_ONLY',
    );
    expect(
      refusal(() =>
        setSupportContacts(account(), [{ name: '', role: 'x', email: 'x', phone: null }], {
          caller: staff(),
          now: NOW,
        }),
      ).errors!.map((e) => e.path),
    ).toEqual(['contacts[0].name', 'contacts[0].email']);
  });
});

describe('documents and quotes', () => {
  it('Given the account team, When it publishes a quote, Then DocumentPublished and it shows among open quotes until its validity ends', () => {
    const { state, events } = publishDocument(
      'doc-1',
      'acc-acme',
      { title: 'Q-2026-001', kind: 'quote', url: 'https://docs.vendor.example/q1.pdf', validUntil: '2026-04-01' },
      { caller: staff(), now: NOW },
    );
    expect(events[0]).toMatchObject({
      type: 'DocumentPublished',
      payload: { documentId: 'doc-1', kind: 'quote', publishedBy: 'u-otto' },
    });
    expect(openQuotes([state], NOW)).toHaveLength(1);
    expect(openQuotes([state], new Date('2026-04-02T00:00:00Z'))).toHaveLength(0);
  });
  it('Given a customer or bad fields, When publishing, Then INTERNAL_USERS_ONLY or per-field errors', () => {
    expect(
      refusal(() =>
        publishDocument(
          'd',
          'acc-acme',
          { title: 't', kind: 'quote', url: 'https://x' },
          { caller: siteAdmin(), now: NOW },
        ),
      ).code,
    ).toBe('INTERNAL_USERS_ONLY');
    expect(
      refusal(() =>
        publishDocument(
          'd',
          'acc-acme',
          { title: '', kind: 'memo', url: 'http://x', validUntil: 'soon' },
          { caller: staff(), now: NOW },
        ),
      ).errors!.map((e) => e.path),
    ).toEqual(['title', 'kind', 'url', 'validUntil']);
  });
});

describe('support history', () => {
  it('Given a device of the account, When the support desk records a service request, Then it is kept per device', () => {
    const sr = recordServiceRequest(
      'sr-1',
      { serialNumber: 'svc-tag-1', title: 'Disk failure', status: 'open' },
      { caller: staff(), accountId: 'acc-acme', device: device(), now: NOW },
    );
    expect(sr).toMatchObject({
      serialNumber: 'SVC-TAG-1',
      status: 'open',
      openedAt: NOW.toISOString(),
      closedAt: null,
    });
  });
  it('Given a device of another account, When recorded, Then DEVICE_NOT_FOUND', () => {
    expect(
      refusal(() =>
        recordServiceRequest(
          'sr-1',
          { serialNumber: 'x', title: 'x', status: 'open' },
          { caller: staff(), accountId: 'acc-acme', device: device({ accountId: 'acc-nordic' }), now: NOW },
        ),
      ).code,
    ).toBe('DEVICE_NOT_FOUND');
  });
});

describe('overview', () => {
  it('Given an account with addresses, cards, quotes and orders, When the overview is built, Then each is summarized', () => {
    const book = addAddress(
      emptyAddressBook('acc-acme'),
      'a1',
      {
        address: { name: 'HQ', street: '1 rue', city: 'Paris', postalCode: '75002', country: 'FR', region: null },
        label: 'HQ',
      },
      NOW,
    ).state;
    const wallet = addPaymentMethod(
      emptyWallet('acc-acme'),
      'pm-1',
      { processor: 'stripe', token: 'pm_token_1234', brand: 'visa', last4: '4242', expiryMonth: 1, expiryYear: 2030 },
      { addedBy: 'u', now: NOW },
    ).state;
    const quote = publishDocument(
      'doc-1',
      'acc-acme',
      { title: 'Q1', kind: 'quote', url: 'https://x.example/q', validUntil: null },
      { caller: staff(), now: NOW },
    ).state;
    const overview = accountOverview({
      book,
      wallet,
      documents: [quote],
      orders: [order()],
      features: account().features,
      now: NOW,
    });
    expect(overview).toEqual({
      addressBook: {
        count: 1,
        defaultShipping: { addressId: 'a1', label: 'HQ', city: 'Paris', country: 'FR' },
        defaultBilling: { addressId: 'a1', label: 'HQ', city: 'Paris', country: 'FR' },
      },
      quotes: { count: 1, items: [{ documentId: 'doc-1', title: 'Q1', validUntil: null }] },
      paymentMethods: {
        count: 1,
        items: [expect.objectContaining({ paymentMethodId: 'pm-1', last4: '4242', expired: false })],
      },
      expressCheckout: { count: 0, usable: 0 },
      recentOrders: { count: 1, items: [expect.objectContaining({ orderNumber: 'SO-1' })] },
    });
  });
  it('Given nothing yet and features off, When the overview is built, Then empty summaries and no payment sections', () => {
    expect(accountOverview({ book: null, wallet: null, documents: [], orders: [], features: [], now: NOW })).toEqual({
      addressBook: { count: 0, defaultShipping: null, defaultBilling: null },
      quotes: { count: 0, items: [] },
      paymentMethods: null,
      expressCheckout: null,
      recentOrders: { count: 0, items: [] },
    });
  });
});
