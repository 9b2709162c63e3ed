/** Demo sales orders on C-1001 and C-0900 (booked, shipped with serials, confirmed, on export hold), relative to `now`. */
import type { AnyEnvelope, EventPayloads, SalesOrderLine } from '@portal/contracts';
import { addDays, isoDate } from '../domain/dates';
import {
  acmeDc,
  acmeHq,
  CONTRACT_TERM,
  daysBefore,
  DEMO_ACCOUNT,
  DEMO_CONTRACT,
  DEMO_EXPIRED_CONTRACT,
  event,
  line,
} from './erp-event';

export function demoSalesOrderEvents(now: Date): AnyEnvelope[] {
  const ago = daysBefore(now);
  const today = isoDate(now);
  const a = DEMO_ACCOUNT;
  const contractTerm = CONTRACT_TERM;

  const booked = (
    orderNumber: string,
    placedAt: Date,
    rest: Partial<EventPayloads['SalesOrderBooked']> & { lines: SalesOrderLine[] },
  ) =>
    event(
      `order:${orderNumber}:booked`,
      'SalesOrderBooked',
      orderNumber,
      a,
      {
        orderNumber,
        webOrderNumber: null,
        contractNumber: DEMO_CONTRACT,
        placedAt,
        currency: 'EUR',
        shipTo: acmeHq,
        term: contractTerm,
        resellerAccountId: null,
        upgradeRequestId: null,
        purchaseAuthorizationId: null,
        ...rest,
      },
      placedAt,
    );

  return [
    // Placed online 5 days ago, booked: the one to upgrade (hardware with serials, software, service, subscription).
    booked('SO-1001', ago(5), {
      webOrderNumber: 'W-1001',
      shipTo: acmeDc,
      lines: [
        line(1, 'R740', 'hardware', 'PowerEdge R740 rack server', 4, 650000, [
          'SN-R740-0001',
          'SN-R740-0002',
          'SN-R740-0003',
          'SN-R740-0004',
        ]),
        line(2, 'OS-STD', 'software', 'Server OS Standard (per core pack)', 16, 90000),
        line(3, 'PS-3Y', 'service', 'ProSupport Plus 3 years', 4, 120000),
        line(4, 'BACKUP-1Y', 'subscription', 'Cloud backup 1 TB, 1 year', 2, 24000),
        line(5, 'CABLE-KIT', 'hardware', 'Rack cable kit', 2, 4900, ['SN-CBL-0001', 'SN-CBL-0002']),
      ],
    }),
    // Placed online 20 days ago, shipped and confirmed (licences can be deposited).
    booked('SO-1002', ago(20), {
      webOrderNumber: 'W-1002',
      lines: [
        line(1, 'C9300-24T', 'hardware', 'Catalyst 9300 24-port switch', 2, 350000, ['SN-C93-0001', 'SN-C93-0002']),
        line(2, 'DNA-ESS-3Y', 'software', 'DNA Essentials 3 years', 2, 45000),
        line(3, 'PS-3Y', 'service', 'ProSupport Plus 3 years', 2, 120000),
      ],
    }),
    event(
      'order:SO-1002:shipped',
      'SalesOrderShipped',
      'SO-1002',
      a,
      {
        orderNumber: 'SO-1002',
        shippedAt: ago(17),
        shipments: [
          {
            lineNumber: 1,
            sku: 'C9300-24T',
            serialNumbers: ['SN-C93-0001', 'SN-C93-0002'],
            warrantyEndsOn: addDays(today, 3 * 365),
          },
        ],
      },
      ago(17),
    ),
    event(
      'order:SO-1002:confirmed',
      'SalesOrderConfirmed',
      'SO-1002',
      a,
      { orderNumber: 'SO-1002', confirmedAt: ago(15) },
      ago(15),
    ),
    // Placed by phone 45 days ago (not a recent online order), on export hold.
    booked('SO-1003', ago(45), {
      lines: [
        line(1, 'R750', 'hardware', 'PowerEdge R750 rack server', 1, 820000, ['SN-R750-0001']),
        line(2, 'OS-DC', 'software', 'Server OS Datacenter (per core pack)', 2, 540000),
      ],
    }),
    event(
      'order:SO-1003:hold',
      'ExportHoldPlaced',
      'SO-1003',
      a,
      { orderNumber: 'SO-1003', placedAt: ago(44), reason: 'Export compliance screening' },
      ago(44),
    ),
    // Under the expired contract: visible, but an upgrade is refused with CONTRACT_NOT_ACTIVE.
    booked('SO-0901', new Date('2023-03-15T10:00:00Z'), {
      contractNumber: DEMO_EXPIRED_CONTRACT,
      term: { startDate: '2022-01-01', endDate: '2025-12-31' },
      lines: [line(1, 'R740', 'hardware', 'PowerEdge R740 rack server', 2, 650000, ['SN-R740-0901', 'SN-R740-0902'])],
    }),
    event(
      'order:SO-0901:shipped',
      'SalesOrderShipped',
      'SO-0901',
      a,
      { orderNumber: 'SO-0901', shippedAt: new Date('2023-03-20T10:00:00Z'), shipments: [] },
      new Date('2023-03-20T10:00:00Z'),
    ),
    event(
      'order:SO-0901:confirmed',
      'SalesOrderConfirmed',
      'SO-0901',
      a,
      { orderNumber: 'SO-0901', confirmedAt: new Date('2023-03-22T10:00:00Z') },
      new Date('2023-03-22T10:00:00Z'),
    ),
  ];
}
