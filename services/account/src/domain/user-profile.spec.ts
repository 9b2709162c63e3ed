import { acceptInvitation, changeProfile } from './user-profile';
import { NOW, refusal, user } from './testing/fixtures';

describe('accept an invitation', () => {
  it('Given an invited user, When they accept, Then active and the snapshot is published one version up', () => {
    const { state, events } = acceptInvitation(user({ status: 'invited', accessVersion: 1 }), NOW);
    expect(state).toMatchObject({ status: 'active', accessVersion: 2, activatedAt: NOW.toISOString() });
    expect(events[0]).toMatchObject({ type: 'GrantsChanged', payload: { user: { version: 2, status: 'active' } } });
  });
  it('Given an active user, When they accept again, Then nothing changes', () => {
    expect(acceptInvitation(user(), NOW).events).toEqual([]);
  });
  it('Given a disabled user, When they accept, Then USER_DISABLED', () => {
    expect(refusal(() => acceptInvitation(user({ status: 'disabled' }), NOW)).code).toBe('USER_DISABLED');
  });
});

describe('change my profile', () => {
  it('Given a new locale, When saved, Then the access snapshot (which carries it) is published', () => {
    const { state, events } = changeProfile(user({ accessVersion: 3 }), { locale: 'fr-FR' });
    expect(state.locale).toBe('fr-FR');
    expect(events[0]).toMatchObject({ type: 'GrantsChanged', payload: { user: { version: 4, locale: 'fr-FR' } } });
  });
  it('Given only a job title, When saved, Then nothing is published (not part of the snapshot)', () => {
    const { state, events } = changeProfile(user(), { jobTitle: 'CTO', phone: '+33 1 23 45 67 89' });
    expect(state).toMatchObject({ jobTitle: 'CTO', phone: '+33 1 23 45 67 89', accessVersion: 3 });
    expect(events).toEqual([]);
  });
  it('Given a blank name, a bad locale and a bad phone, When saved, Then every error at once', () => {
    const error = refusal(() => changeProfile(user(), { displayName: ' ', locale: 'xx', phone: 'call me' }));
    expect(error.errors!.map((e) => e.path)).toEqual(['displayName', 'locale', 'phone']);
  });
});
