/**
 * Seed 000 step 5.3: a hardware line's delivery address is chosen from the account's address book (the order
 * service's projection of account.events.v1), never typed free. A line names an address id; the address itself is
 * copied from the book when the line is saved and again at submit (the book may have changed), so what the ERP
 * books is the book's address at submit time.
 *  - no id: DELIVERY_ADDRESS_REQUIRED; an id not in the account's book (unknown, removed, another account's):
 *    DELIVERY_ADDRESS_UNKNOWN, both on `hardwareLines.<i>.deliveryAddressId`.
 */
import type { FieldError } from '@portal/platform/src/errors';
import { addressOf, type AccountBook } from './account-book';
import type { HardwareUpgradeLine, UpgradeRequestContent } from './upgrade-request';

export function deliveryAddressErrors(line: HardwareUpgradeLine, path: string, book: AccountBook | null): FieldError[] {
  if (!line.deliveryAddressId)
    return [
      { path: `${path}.deliveryAddressId`, code: 'DELIVERY_ADDRESS_REQUIRED', message: 'Select a delivery address' },
    ];
  if (!addressOf(book, line.deliveryAddressId))
    return [
      {
        path: `${path}.deliveryAddressId`,
        code: 'DELIVERY_ADDRESS_UNKNOWN',
        message: `Address ${line.deliveryAddressId} is not in the account's address book`,
      },
    ];
  return [];
}

/** The lines with the book's current address copied in (null where the id is not in the book). */
export function withDeliveryAddresses(content: UpgradeRequestContent, book: AccountBook | null): UpgradeRequestContent {
  return {
    ...content,
    hardwareLines: content.hardwareLines.map((l) => ({
      ...l,
      deliveryAddress: l.deliveryAddressId ? (addressOf(book, l.deliveryAddressId)?.address ?? null) : null,
    })),
  };
}
