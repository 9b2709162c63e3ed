import {
  activateSmartAccount,
  addVirtualAccount,
  createSmartAccount,
  matchesSearch,
  smartAccountVisibleTo,
} from './smart-account';
import { at, ivan, mallory, paula, refusal, sam, smartAccount } from './test-fixtures';

const input = {
  smartAccountId: 'sa-1',
  domainIdentifier: 'Acme.Example',
  name: 'Acme',
  kind: 'customer' as const,
  ownerAccountId: 'acc-acme',
  status: 'pending' as const,
  virtualAccounts: [{ virtualAccountId: 'va-1', name: 'DEFAULT' }],
  userEmails: ['Sam.Admin@acme.example'],
};

describe('Smart Accounts', () => {
  it('Given an internal user, When creating a Smart Account, Then it is stored normalised and SmartAccountCreated is published', () => {
    const { state, events } = createSmartAccount(input, ivan, at('2026-01-01T00:00:00Z'));
    expect(state).toMatchObject({
      domainIdentifier: 'acme.example',
      status: 'pending',
      userEmails: ['sam.admin@acme.example'],
      activatedAt: null,
    });
    expect(events.map((e) => e.type)).toEqual(['SmartAccountCreated']);
  });

  it('Given an external user, When creating a Smart Account, Then ROLE_REQUIRED (403)', () => {
    expect(refusal(() => createSmartAccount(input, sam, new Date()))).toMatchObject({
      code: 'ROLE_REQUIRED',
      status: 403,
    });
  });

  it('Given several broken fields, When creating, Then every rule is reported at once', () => {
    const e = refusal(() =>
      createSmartAccount(
        { ...input, domainIdentifier: 'not a domain', name: ' ', virtualAccounts: [], userEmails: ['nope'] },
        ivan,
        new Date(),
      ),
    );
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.errors!.map((x) => x.code).sort()).toEqual([
      'DOMAIN_IDENTIFIER_INVALID',
      'FIELD_INVALID',
      'FIELD_REQUIRED',
      'FIELD_REQUIRED',
    ]);
  });

  it('Given duplicate virtual account names, When creating, Then VIRTUAL_ACCOUNT_NAME_TAKEN', () => {
    const e = refusal(() =>
      createSmartAccount(
        {
          ...input,
          virtualAccounts: [
            { virtualAccountId: 'a', name: 'X' },
            { virtualAccountId: 'b', name: 'x' },
          ],
        },
        ivan,
        new Date(),
      ),
    );
    expect(e.code).toBe('VIRTUAL_ACCOUNT_NAME_TAKEN');
  });

  it('Given a pending Smart Account, When an internal user activates it, Then it becomes active and SmartAccountActivated is published', () => {
    const pending = createSmartAccount(input, ivan, at('2026-01-01T00:00:00Z')).state;
    const { state, events } = activateSmartAccount(pending, ivan, at('2026-01-02T00:00:00Z'));
    expect(state.status).toBe('active');
    expect(state.activatedAt).toEqual(at('2026-01-02T00:00:00Z'));
    expect(events).toEqual([
      {
        type: 'SmartAccountActivated',
        payload: { smartAccountId: 'sa-1', domainIdentifier: 'acme.example', activatedAt: at('2026-01-02T00:00:00Z') },
      },
    ]);
  });

  it('Given an active Smart Account, When activated again, Then SMART_ACCOUNT_ALREADY_ACTIVE (409)', () => {
    expect(refusal(() => activateSmartAccount(smartAccount(), ivan, new Date()))).toMatchObject({
      code: 'SMART_ACCOUNT_ALREADY_ACTIVE',
      status: 409,
    });
  });

  it('Given an external user, When activating, Then ROLE_REQUIRED', () => {
    expect(refusal(() => activateSmartAccount(smartAccount({ status: 'pending' }), sam, new Date())).code).toBe(
      'ROLE_REQUIRED',
    );
  });

  it('Given a Smart Account, When a virtual account is added, Then VirtualAccountCreated; a taken name is refused', () => {
    const { state, events } = addVirtualAccount(smartAccount(), { virtualAccountId: 'va-2', name: 'Lab' }, ivan);
    expect(state.virtualAccounts).toHaveLength(2);
    expect(events[0]!.type).toBe('VirtualAccountCreated');
    expect(refusal(() => addVirtualAccount(state, { virtualAccountId: 'va-3', name: 'lab' }, ivan))).toMatchObject({
      code: 'VIRTUAL_ACCOUNT_NAME_TAKEN',
      status: 409,
    });
  });

  it('Given the three search fields, When searching, Then domain prefix, name substring and exact e-mail match', () => {
    const sa = smartAccount();
    expect(matchesSearch(sa, 'domain-identifier', 'ACME')).toBe(true);
    expect(matchesSearch(sa, 'account-name', 'corp')).toBe(true);
    expect(matchesSearch(sa, 'email', 'sam.admin@acme.example')).toBe(true);
    expect(matchesSearch(sa, 'email', 'sam')).toBe(false);
    expect(matchesSearch(sa, 'account-name', '  ')).toBe(false);
  });

  it('Given callers of the owner, its partner, its users, internal and strangers, When visibility is checked, Then only strangers are refused', () => {
    const sa = smartAccount();
    expect(smartAccountVisibleTo(sa, sam, [])).toBe(true);
    expect(smartAccountVisibleTo(sa, paula, ['acc-partner'])).toBe(true);
    expect(smartAccountVisibleTo(sa, ivan, [])).toBe(true);
    expect(smartAccountVisibleTo(sa, { ...mallory, email: 'sam.admin@acme.example' }, [])).toBe(true);
    expect(smartAccountVisibleTo(sa, mallory, ['acc-partner'])).toBe(false);
  });
});
