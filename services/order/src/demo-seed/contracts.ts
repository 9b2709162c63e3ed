/** Demo contracts of acc-acme: C-1001 active 2026-01-01..2028-12-31 (3 free changes a month), C-0900 expired. */
import type { AnyEnvelope } from '@portal/contracts';
import { CONTRACT_TERM, DEMO_ACCOUNT, DEMO_CONTRACT, DEMO_EXPIRED_CONTRACT, event } from './erp-event';

export function demoContractEvents(): AnyEnvelope[] {
  const a = DEMO_ACCOUNT;
  const contractTerm = CONTRACT_TERM;
  return [
    event(
      'contract:C-1001',
      'ContractActivated',
      DEMO_CONTRACT,
      a,
      {
        contractNumber: DEMO_CONTRACT,
        term: contractTerm,
        freeChangesPerMonth: 3,
        description: 'Velo validation contract - data centre',
      },
      new Date('2026-01-01T00:00:00Z'),
    ),
    event(
      'contract:C-0900',
      'ContractActivated',
      DEMO_EXPIRED_CONTRACT,
      a,
      {
        contractNumber: DEMO_EXPIRED_CONTRACT,
        term: { startDate: '2022-01-01', endDate: '2025-12-31' },
        freeChangesPerMonth: 1,
        description: 'Previous Velo contract',
      },
      new Date('2022-01-01T00:00:00Z'),
    ),
    event(
      'contract:C-0900:expired',
      'ContractExpired',
      DEMO_EXPIRED_CONTRACT,
      a,
      { contractNumber: DEMO_EXPIRED_CONTRACT, expiredAt: new Date('2026-01-01T00:00:00Z') },
      new Date('2026-01-01T00:00:00Z'),
    ),
  ];
}
