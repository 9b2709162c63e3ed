import { createAccount, type CreateAccount } from './create-account';
import { changeAccountSettings, changeCompanyDetails, configureSso } from './change-account';
import { account, caller, grant, NOW, refusal, siteAdmin, staff } from './testing/fixtures';

const partnerRef = {
  accountId: 'acc-partner',
  accountType: 'partner' as const,
  resellerAccountIds: [],
  status: 'active' as const,
};
const open = (overrides: Partial<CreateAccount> = {}): CreateAccount => ({
  accountId: 'acc-acme',
  name: 'Acme SAS',
  country: 'FR',
  accountType: 'premier',
  ...overrides,
});

describe('open an account', () => {
  it('Given the account team, When opening an account, Then AccountCreated carries snapshot version 1 with the features of its country', () => {
    const { state, events } = createAccount(null, open({ resellerAccountIds: ['acc-partner'] }), {
      caller: staff(),
      resellers: [partnerRef],
      now: NOW,
    });
    expect(state.snapshotVersion).toBe(1);
    expect(events).toEqual([
      {
        type: 'AccountCreated',
        payload: {
          account: {
            version: 1,
            name: 'Acme SAS',
            country: 'FR',
            region: null,
            accountType: 'premier',
            features: expect.arrayContaining(['invoicing-reports', 'service-contracts']),
            resellerAccountIds: ['acc-partner'],
            status: 'active',
          },
        },
      },
    ]);
  });

  it('Given a customer, When they try to open an account, Then INTERNAL_USERS_ONLY (403)', () => {
    expect(refusal(() => createAccount(null, open(), { caller: siteAdmin(), resellers: [], now: NOW }))).toMatchObject({
      code: 'INTERNAL_USERS_ONLY',
      status: 403,
    });
  });

  it('Given an existing id, When opened again, Then ALREADY_EXISTS (409)', () => {
    expect(refusal(() => createAccount(account(), open(), { caller: staff(), resellers: [], now: NOW }))).toMatchObject(
      { code: 'ALREADY_EXISTS', status: 409 },
    );
  });

  it('Given bad input, When opening, Then every rule at once', () => {
    const error = refusal(() =>
      createAccount(
        null,
        open({
          accountId: 'Bad Id',
          name: ' ',
          country: 'fr',
          resellerAccountIds: ['acc-ghost', 'acc-nordic'],
          features: ['software-subscriptions'],
        }),
        { caller: staff(), resellers: [{ ...partnerRef, accountId: 'acc-nordic', accountType: 'business' }], now: NOW },
      ),
    );
    expect(error.errors!.map((e) => `${e.path}:${e.code}`)).toEqual([
      'accountId:FIELD_INVALID',
      'name:FIELD_REQUIRED',
      'country:FIELD_INVALID',
      'resellerAccountIds[0]:RESELLER_NOT_FOUND',
      'resellerAccountIds[1]:RESELLER_NOT_PARTNER',
      'features[0]:FEATURE_NOT_AVAILABLE',
    ]);
  });

  it('Given a narrowed feature list, When opened, Then the other offered features are opted out', () => {
    const { state } = createAccount(
      null,
      open({ accountId: 'acc-nordic', country: 'SE', accountType: 'business', features: ['devices', 'reports'] }),
      {
        caller: staff(),
        resellers: [],
        now: NOW,
      },
    );
    expect(state.features).toEqual(['devices', 'reports']);
    expect(state.featureOptOuts).toContain('invoicing-reports');
  });
});

describe('change an account', () => {
  it('Given the account team, When the country changes, Then features follow the new country (opt-outs kept) and the snapshot goes one version up', () => {
    const acme = account({ featureOptOuts: ['reports'], snapshotVersion: 2 });
    const { state, events } = changeAccountSettings(
      acme,
      { country: 'US' },
      { caller: staff(), resellers: [], now: NOW },
    );
    expect(state.features).toContain('software-subscriptions');
    expect(state.features).not.toContain('reports');
    expect(events).toEqual([
      { type: 'AccountDetailsChanged', payload: { account: expect.objectContaining({ version: 3, country: 'US' }) } },
    ]);
  });

  it('Given nothing new, When settings are saved, Then nothing is published', () => {
    const acme = account();
    expect(
      changeAccountSettings(acme, { name: 'Acme SAS' }, { caller: staff(), resellers: [], now: NOW }).events,
    ).toEqual([]);
  });

  it('Given a site admin, When they change settings, Then INTERNAL_USERS_ONLY', () => {
    expect(
      refusal(() => changeAccountSettings(account(), { name: 'x' }, { caller: siteAdmin(), resellers: [], now: NOW }))
        .code,
    ).toBe('INTERNAL_USERS_ONLY');
  });

  it('Given a site admin, When they edit company details, Then AccountDetailsChanged one version up', () => {
    const { state, events } = changeCompanyDetails(
      account(),
      { vatNumber: 'FR123', billingEmail: 'ap@acme.example' },
      { caller: siteAdmin(), now: NOW },
    );
    expect(state.company.vatNumber).toBe('FR123');
    expect(events[0]).toMatchObject({ type: 'AccountDetailsChanged', payload: { account: { version: 2 } } });
  });

  it('Given a buyer, When they edit company details, Then ROLE_REQUIRED; given bad fields, Then per-field errors', () => {
    expect(
      refusal(() =>
        changeCompanyDetails(
          account(),
          { vatNumber: 'x' },
          { caller: caller('u-b', [grant('acc-acme', 'buyer')]), now: NOW },
        ),
      ).code,
    ).toBe('ROLE_REQUIRED');
    const error = refusal(() =>
      changeCompanyDetails(
        account(),
        { billingEmail: 'nope', website: 'ftp://x', phone: '??' },
        { caller: siteAdmin(), now: NOW },
      ),
    );
    expect(error.errors!.map((e) => e.path)).toEqual(['billingEmail', 'website', 'phone']);
  });
});

describe('single sign-on', () => {
  it('Given the account team, When SSO is switched on with IdP metadata, Then SsoSettingsChanged', () => {
    const { state, events } = configureSso(
      account(),
      { enabled: true, idpEntityId: 'https://idp.acme.example', idpMetadataUrl: 'https://idp.acme.example/metadata' },
      { caller: staff(), now: NOW },
    );
    expect(state.sso).toMatchObject({ enabled: true, changedBy: 'u-otto' });
    expect(events).toEqual([
      {
        type: 'SsoSettingsChanged',
        payload: { ssoEnabled: true, idpEntityId: 'https://idp.acme.example', changedBy: 'u-otto' },
      },
    ]);
  });

  it('Given a site admin, When they configure SSO, Then INTERNAL_USERS_ONLY (403)', () => {
    expect(refusal(() => configureSso(account(), { enabled: false }, { caller: siteAdmin(), now: NOW }))).toMatchObject(
      { code: 'INTERNAL_USERS_ONLY', status: 403 },
    );
  });

  it('Given SSO on without metadata, When saved, Then IDP_METADATA_REQUIRED for both fields', () => {
    const error = refusal(() => configureSso(account(), { enabled: true }, { caller: staff(), now: NOW }));
    expect(error.errors!.map((e) => e.code)).toEqual(['IDP_METADATA_REQUIRED', 'IDP_METADATA_REQUIRED']);
  });

  it('Given the same settings, When saved again, Then nothing is published', () => {
    expect(configureSso(account(), { enabled: false }, { caller: staff(), now: NOW }).events).toEqual([]);
  });
});
