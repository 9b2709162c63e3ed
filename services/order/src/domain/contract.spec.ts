import fc from 'fast-check';
import { recordContractFact, type ContractFact, type ContractState } from './contract';
import type { FactSource } from './types';

const src = (eventId: string, iso: string): FactSource => ({
  eventId,
  occurredAt: new Date(iso),
  accountId: 'acc-acme',
});
const activated = (endDate = '2027-12-31', free = 3): ContractFact => ({
  kind: 'activated',
  term: { startDate: '2026-01-01', endDate },
  freeChangesPerMonth: free,
  description: null,
});
const expired: ContractFact = { kind: 'expired', expiredAt: new Date('2026-06-01T00:00:00Z') };
const terminated: ContractFact = {
  kind: 'terminated',
  terminatedAt: new Date('2026-09-01T00:00:00Z'),
  reason: 'breach',
};

function replay(facts: [ContractFact, FactSource][]) {
  let state: ContractState | null = null;
  const events: { type: string; payload: { status: string } }[] = [];
  for (const [f, s] of facts) {
    const r = recordContractFact(state, 'C-1001', f, s);
    if (r) {
      state = r.state;
      events.push(...r.events);
    }
  }
  return { state, events };
}

describe('contract facts', () => {
  it('Given a new contract, When ContractActivated arrives, Then ContractRecorded says active with term and free changes', () => {
    const { events } = replay([[activated(), src('e1', '2026-01-01T00:00:00Z')]]);
    expect(events).toEqual([
      {
        type: 'ContractRecorded',
        payload: expect.objectContaining({
          status: 'active',
          freeChangesPerMonth: 3,
          term: { startDate: '2026-01-01', endDate: '2027-12-31' },
          revision: 1,
        }),
      },
    ]);
  });

  it('Given an active contract, When ContractExpired arrives, Then ContractUpdated says expired', () => {
    const { events } = replay([
      [activated(), src('e1', '2026-01-01T00:00:00Z')],
      [expired, src('e2', '2026-06-01T00:00:00Z')],
    ]);
    expect(events.map((e) => [e.type, e.payload.status])).toEqual([
      ['ContractRecorded', 'active'],
      ['ContractUpdated', 'expired'],
    ]);
  });

  it('Given an expired contract, When a later activation renews it, Then it is active again', () => {
    const { state } = replay([
      [activated(), src('e1', '2026-01-01T00:00:00Z')],
      [expired, src('e2', '2026-06-01T00:00:00Z')],
      [activated('2028-12-31'), src('e3', '2026-07-01T00:00:00Z')],
    ]);
    expect(state!.view).toMatchObject({ status: 'active', term: { endDate: '2028-12-31' } });
  });

  it('Given a terminated contract, When a later activation arrives, Then it stays terminated', () => {
    const { state } = replay([
      [terminated, src('e1', '2026-09-01T00:00:00Z')],
      [activated(), src('e2', '2026-10-01T00:00:00Z')],
    ]);
    expect(state!.view!.status).toBe('terminated');
  });

  it('Given ContractExpired before ContractActivated, When both arrive, Then nothing is published before the activation and one ContractRecorded says expired', () => {
    const { events } = replay([
      [expired, src('e2', '2026-06-01T00:00:00Z')],
      [activated(), src('e1', '2026-01-01T00:00:00Z')],
    ]);
    expect(events.map((e) => [e.type, e.payload.status])).toEqual([['ContractRecorded', 'expired']]);
  });

  it('Given a recorded fact, When the same fact arrives again, Then nothing changes', () => {
    const { state } = replay([[activated(), src('e1', '2026-01-01T00:00:00Z')]]);
    expect(recordContractFact(state, 'C-1001', activated(), src('e1', '2026-01-01T00:00:00Z'))).toBeNull();
  });

  it('Given any arrival order, When all facts are applied, Then the contract ends in the same state', () => {
    const all: [ContractFact, FactSource][] = [
      [activated(), src('e1', '2026-01-01T00:00:00Z')],
      [expired, src('e2', '2026-06-01T00:00:00Z')],
      [activated('2028-12-31', 5), src('e3', '2026-07-01T00:00:00Z')],
    ];
    const expected = replay(all).state!.view;
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: 3, maxLength: 3 }), (shuffled) => {
        expect(replay(shuffled).state!.view).toEqual(expected);
      }),
    );
  });
});
