import {
  accountHome,
  accountsOf,
  resolveActiveAccount,
  switchActiveAccount,
  type AccountSummary,
} from './account-context';
import { caller, grant, refusal } from './testing/fixtures';

const summary = (
  accountId: string,
  accountType: AccountSummary['accountType'],
  extra: Partial<AccountSummary> = {},
): AccountSummary => ({
  accountId,
  name: accountId.toUpperCase(),
  accountType,
  resellerAccountIds: [],
  status: 'active',
  ...extra,
});
const all = [
  summary('acc-acme', 'premier', {
    resellerAccountIds: ['acc-partner'],
    accessGroup: 'ACME-EMEA',
    country: 'FR',
    features: ['devices'],
  }),
  summary('acc-acme-2', 'premier'),
  summary('acc-home', 'home'),
  summary('acc-nordic', 'business', { resellerAccountIds: ['acc-partner'] }),
  summary('acc-partner', 'partner'),
  summary('acc-closed', 'business', { status: 'closed' }),
];

describe('account context and home', () => {
  const sam = caller(
    'u-sam',
    [
      grant('acc-acme', 'site-admin'),
      grant('acc-acme', 'vip-admin'),
      grant('acc-acme-2', 'buyer'),
      grant('acc-home', 'buyer'),
      grant('acc-closed', 'buyer'),
    ],
    'external',
    'acc-acme',
  );

  it('Given grants on several accounts, When listing, Then the open ones only, sorted', () => {
    expect(accountsOf(sam, all).map((a) => a.accountId)).toEqual(['acc-acme', 'acc-acme-2', 'acc-home']);
  });

  it('Given a partner-admin, When listing, Then its own account and the ones it resells', () => {
    const paula = caller('u-paula', [grant('acc-partner', 'partner-admin')]);
    expect(accountsOf(paula, all).map((a) => a.accountId)).toEqual(['acc-acme', 'acc-nordic', 'acc-partner']);
  });

  it('Given no header and no stored choice, When resolving, Then the home account', () => {
    expect(resolveActiveAccount(sam, accountsOf(sam, all), {}).accountId).toBe('acc-acme');
  });

  it('Given a stored choice, When resolving, Then it wins over home; a header wins over both', () => {
    const visible = accountsOf(sam, all);
    expect(resolveActiveAccount(sam, visible, { preferred: 'acc-home' }).accountId).toBe('acc-home');
    expect(resolveActiveAccount(sam, visible, { preferred: 'acc-home', header: 'acc-acme-2' }).accountId).toBe(
      'acc-acme-2',
    );
  });

  it('Given a stale stored choice, When resolving, Then it falls back to home', () => {
    expect(resolveActiveAccount(sam, accountsOf(sam, all), { preferred: 'acc-nordic' }).accountId).toBe('acc-acme');
  });

  it('Given a header naming an account the caller cannot see, When resolving or switching, Then 404', () => {
    expect(refusal(() => resolveActiveAccount(sam, accountsOf(sam, all), { header: 'acc-nordic' })).status).toBe(404);
    expect(refusal(() => switchActiveAccount(sam, accountsOf(sam, all), 'acc-nordic')).status).toBe(404);
    expect(refusal(() => resolveActiveAccount(caller('u-none', []), [], {})).status).toBe(404);
  });

  it('Given the active account, When the home is built, Then name, access group, roles, account types and Premier pages', () => {
    const visible = accountsOf(sam, all);
    const home = accountHome(sam, visible[0]!, visible);
    expect(home).toEqual({
      account: {
        accountId: 'acc-acme',
        name: 'ACC-ACME',
        accountType: 'premier',
        accessGroup: 'ACME-EMEA',
        country: 'FR',
      },
      roles: ['site-admin', 'vip-admin'],
      accessVia: 'member',
      features: ['devices'],
      accountTypes: [
        { accountType: 'premier', accountId: 'acc-acme', active: true },
        { accountType: 'home', accountId: 'acc-home', active: false },
      ],
      premierPages: [
        { accountId: 'acc-acme', name: 'ACC-ACME', active: true },
        { accountId: 'acc-acme-2', name: 'ACC-ACME-2', active: false },
      ],
    });
  });

  it('Given a reseller looking at a customer, When the home is built, Then it shows access via reseller', () => {
    const paula = caller('u-paula', [grant('acc-partner', 'partner-admin')]);
    const visible = accountsOf(paula, all);
    expect(accountHome(paula, visible[0]!, visible)).toMatchObject({ roles: ['partner-admin'], accessVia: 'reseller' });
  });
});
