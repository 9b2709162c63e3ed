import { approval, ivan, later, pending } from './__fixtures__/upgrade';
import { bookUpgradeRequest } from './book-upgrade-request';
import { approveUpgradeRequest } from './decide-upgrade-request';

describe('booking by the ERP', () => {
  const approved = () => approveUpgradeRequest(pending(), ivan, { approval, now: later }).state;

  it('Given an approved request, When the ERP books its order, Then it is booked and UpgradeRequestBooked names the new order', () => {
    const result = bookUpgradeRequest(approved(), { orderNumber: 'SO-2', bookedAt: later })!;
    expect(result.state).toMatchObject({ status: 'booked', bookedOrderNumber: 'SO-2', heldSerials: [] });
    expect(result.events[0]).toMatchObject({
      type: 'UpgradeRequestBooked',
      payload: { bookedOrderNumber: 'SO-2', orderNumber: 'SO-1' },
    });
  });

  it.each(['draft', 'pending-approval', 'rejected', 'withdrawn', 'booked'] as const)(
    'Given a %s request, When a booking names it, Then nothing changes',
    (status) => {
      expect(bookUpgradeRequest({ ...approved(), status }, { orderNumber: 'SO-2', bookedAt: later })).toBeNull();
    },
  );

  it('Given an unknown request, When a booking names it, Then nothing changes', () => {
    expect(bookUpgradeRequest(null, { orderNumber: 'SO-2', bookedAt: later })).toBeNull();
  });
});
