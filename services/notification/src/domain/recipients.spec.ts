import { isReachable, lookupsFor, needsFollowers, newFollowers, resolveRecipients, type Directory } from './recipients';
import { event, grant, smallTable, user } from './fixtures';

const ruleWith = (recipients: unknown[], extra: Record<string, unknown> = {}) =>
  smallTable([
    { id: 'r', event: 'Something', category: 'orders', channels: ['email'], recipients, template: 't', ...extra },
  ]).rules[0]!;

const directory = (
  accounts: Record<string, ReturnType<typeof user>[]>,
  users: ReturnType<typeof user>[] = [],
  followers: Record<string, string[]> = {},
): Directory => ({
  usersOfAccount: new Map(Object.entries(accounts)),
  users: new Map(users.map((u) => [u.userId, u])),
  followers: new Map(Object.entries(followers)),
});

describe('recipient resolution', () => {
  const admin = user('u-admin', [grant('acc-acme', 'site-admin')]);
  const vip = user('u-vip', [grant('acc-acme', 'vip-admin')], { locale: 'fr-FR' });
  const buyer = user('u-buyer', [grant('acc-acme', 'buyer')]);
  const disabledVip = user('u-gone', [grant('acc-acme', 'vip-admin')], { status: 'disabled' });
  const elsewhere = user('u-other', [grant('acc-other', 'vip-admin'), grant('acc-acme', 'buyer')]);

  it('Given users of the account When the rule names a role Then exactly the holders of that role on that account, disabled ones left out', () => {
    const rule = ruleWith([{ roles: ['vip-admin'] }]);
    const got = resolveRecipients(
      rule,
      event('Something', {}),
      directory({ 'acc-acme': [admin, vip, buyer, disabledVip, elsewhere] }),
    );
    expect(got).toEqual([{ userId: 'u-vip', email: 'u-vip@acme.example', displayName: 'U-VIP', locale: 'fr-FR' }]);
  });

  it('Given a role looked up on another account (accountFrom) When resolved Then that account is asked for and used', () => {
    const rule = ruleWith([{ roles: ['vip-admin'], accountFrom: 'payload.customerAccountId' }]);
    const e = event('Something', { customerAccountId: 'acc-other' }, { accountId: 'acc-partner' });
    expect(lookupsFor([rule], e)).toEqual({ accountIds: ['acc-other'], userIds: [], staff: false });
    expect(resolveRecipients(rule, e, directory({ 'acc-other': [elsewhere] })).map((r) => r.userId)).toEqual([
      'u-other',
    ]);
  });

  it('Given section and contract narrowing When resolved Then grants on other sections or contracts do not count, whole-account grants do', () => {
    const manager = user('u-m', [grant('acc-acme', 'manager', { section: 'requests' })]);
    const otherSection = user('u-s', [grant('acc-acme', 'manager', { section: 'billing' })]);
    const contractOps = user('u-c1', [grant('acc-acme', 'manager', { contractNumber: 'C-1' })]);
    const otherContractOps = user('u-c2', [grant('acc-acme', 'manager', { contractNumber: 'C-2' })]);
    const rule = ruleWith([{ roles: ['manager'], section: 'requests', contractFrom: 'payload.contractNumber' }]);
    const got = resolveRecipients(
      rule,
      event('Something', { contractNumber: 'C-1' }),
      directory({ 'acc-acme': [manager, otherSection, contractOps, otherContractOps] }),
    );
    expect(got.map((r) => r.userId)).toEqual(['u-c1', 'u-m']);
  });

  it('Given approvers granted on the vendor account When a rule names staff roles Then internal holders of the role receive it, whatever account the event is on', () => {
    const approver = user('u-ivan', [grant('vendor', 'approver')], { userType: 'internal' });
    const operator = user('u-otto', [grant('vendor', 'operations')], { userType: 'internal' });
    const disabledApprover = user('u-old', [grant('vendor', 'approver')], { userType: 'internal', status: 'disabled' });
    const customerCallingItself = user('u-fake', [grant('acc-acme', 'approver')], { userType: 'external' });
    const rule = ruleWith([{ staffRoles: ['approver'] }]);
    const e = event('Something', {}, { accountId: 'acc-acme' });
    expect(lookupsFor([rule], e)).toEqual({ accountIds: [], userIds: [], staff: true });
    const got = resolveRecipients(rule, e, {
      ...directory({ 'acc-acme': [customerCallingItself] }),
      staff: [approver, operator, disabledApprover, customerCallingItself],
    });
    expect(got.map((r) => r.userId)).toEqual(['u-ivan']);
  });

  it('Given user ids named in the payload When resolved Then those users (known to the projection) receive it', () => {
    const rule = ruleWith([{ userIdsFrom: 'payload.admins' }]);
    const e = event('Something', { admins: ['u-vip', 'u-unknown'] });
    expect(lookupsFor([rule], e).userIds).toEqual(['u-unknown', 'u-vip']);
    expect(resolveRecipients(rule, e, directory({}, [vip])).map((r) => r.userId)).toEqual(['u-vip']);
  });

  it('Given a user snapshot in the payload When resolved Then the snapshot is the recipient (even before projection)', () => {
    const rule = ruleWith([{ userFrom: 'payload.user' }]);
    const e = event('UserInvited', {
      user: { userId: 'u-new', email: 'new@acme.example', displayName: '', locale: 'sv-SE', status: 'invited' },
    });
    expect(resolveRecipients(rule, e, directory({}))).toEqual([
      { userId: 'u-new', email: 'new@acme.example', displayName: 'new@acme.example', locale: 'sv-SE' },
    ]);
    expect(resolveRecipients(rule, event('UserInvited', { user: { userId: 'u-x' } }), directory({}))).toEqual([]);
  });

  it('Given the actor spec When the actor is a user Then they receive it; a system actor is nobody', () => {
    const rule = ruleWith([{ actor: true }]);
    const byUser = event('Something', {}, { actor: { userId: 'u-admin', userType: 'external' } });
    expect(lookupsFor([rule], byUser).userIds).toEqual(['u-admin']);
    expect(resolveRecipients(rule, byUser, directory({}, [admin])).map((r) => r.userId)).toEqual(['u-admin']);
    const bySystem = event('Something', {}, { actor: { userId: 'erp', userType: 'system' } });
    expect(lookupsFor([rule], bySystem).userIds).toEqual([]);
  });

  it('Given followers of the aggregate When resolved Then they receive it', () => {
    const rule = ruleWith([{ followers: true }]);
    expect(needsFollowers([rule])).toBe(true);
    expect(lookupsFor([rule], event('Something', {}), ['u-vip']).userIds).toEqual(['u-vip']);
    expect(
      resolveRecipients(rule, event('Something', {}), directory({}, [vip], { 'agg-1': ['u-vip'] })).map(
        (r) => r.userId,
      ),
    ).toEqual(['u-vip']);
  });

  it('Given several specs naming the same user and excludeActor When resolved Then each user once, the actor left out, sorted by id', () => {
    const rule = ruleWith([{ roles: ['site-admin', 'vip-admin'] }, { userIdsFrom: 'payload.who' }], {
      excludeActor: true,
    });
    const e = event('Something', { who: 'u-vip' }, { actor: { userId: 'u-admin', userType: 'external' } });
    expect(resolveRecipients(rule, e, directory({ 'acc-acme': [vip, admin] }, [vip])).map((r) => r.userId)).toEqual([
      'u-vip',
    ]);
  });

  it('Given follow declarations When an event names users Then they become followers once', () => {
    const follows = [
      { event: 'ChangeRequestSubmitted', userIdsFrom: 'payload.requestedBy' },
      { event: 'ChangeRequestSubmitted', userIdsFrom: 'payload.submittedBy' },
    ];
    expect(newFollowers(follows, event('ChangeRequestSubmitted', { requestedBy: 'u-1', submittedBy: 'u-1' }))).toEqual([
      'u-1',
    ]);
    expect(newFollowers(follows, event('Other', { requestedBy: 'u-1' }))).toEqual([]);
  });

  it('Given users in each status When reachability is asked Then only disabled users are unreachable', () => {
    expect([
      isReachable({ status: 'active' }),
      isReachable({ status: 'invited' }),
      isReachable({ status: 'disabled' }),
    ]).toEqual([true, true, false]);
  });
});
