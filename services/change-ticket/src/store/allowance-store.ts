import type { Collection } from 'mongodb';
import { isDuplicateKey } from '@portal/platform';
import type { ContractAllowance } from '../domain/free-changes-left';

/** Free changes per month of each contract, projected from the order service's contract snapshots. */
export class AllowanceStore {
  constructor(private readonly contracts: Collection<ContractAllowance & { _id: string; revision: number }>) {}

  async get(contractNumber: string | null): Promise<ContractAllowance | null> {
    if (!contractNumber) return null;
    const doc = await this.contracts.findOne({ _id: contractNumber });
    if (!doc) return null;
    const { _id, revision: _r, ...allowance } = doc;
    return { ...allowance, contractNumber: _id };
  }

  /** Keeps the snapshot with the highest revision; older or replayed ones change nothing. */
  async upsertIfNewer(allowance: ContractAllowance, revision: number): Promise<void> {
    const current = await this.contracts.findOne({ _id: allowance.contractNumber }, { projection: { revision: 1 } });
    if (current && current.revision >= revision) return;
    const { contractNumber, ...fields } = allowance;
    if (current) {
      await this.contracts.updateOne(
        { _id: contractNumber, revision: current.revision },
        { $set: { ...fields, revision } },
      );
      return;
    }
    await this.contracts.insertOne({ _id: contractNumber, contractNumber, ...fields, revision }).catch((error) => {
      if (!isDuplicateKey(error)) throw error;
    });
  }
}
