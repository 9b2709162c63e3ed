/**
 * Contract (copied from the ERP), kept as facts so arrival order does not matter: the latest activation (term,
 * free changes), the earliest expiry and the earliest termination. Status is derived:
 * - terminated when a termination is known (final),
 * - expired when an expiry is known that is not older than the latest activation (a later activation renews),
 * - active otherwise.
 * A contract becomes visible (and is published) once its activation is known: before that it has no term.
 */
import type { ContractRecordedPayload, ContractUpdatedPayload } from '@portal/contracts';
import { sameView } from './sales-order';
import type { ContractStatus, DomainEvent, FactSource, Term } from './types';

export interface ContractActivation {
  eventId: string;
  occurredAt: Date;
  term: Term;
  freeChangesPerMonth: number;
  description: string | null;
}

export interface ContractFacts {
  contractNumber: string;
  accountId: string;
  activation: ContractActivation | null;
  expiredAt: Date | null;
  terminatedAt: Date | null;
  terminationReason: string | null;
}

export interface ContractView {
  contractNumber: string;
  accountId: string;
  status: ContractStatus;
  term: Term;
  freeChangesPerMonth: number;
  description: string | null;
  expiredAt: Date | null;
  terminatedAt: Date | null;
  terminationReason: string | null;
}

export interface ContractState extends ContractFacts {
  view: ContractView | null;
  revision: number;
}

export type ContractFact =
  | { kind: 'activated'; term: Term; freeChangesPerMonth: number; description: string | null }
  | { kind: 'expired'; expiredAt: Date }
  | { kind: 'terminated'; terminatedAt: Date; reason: string | null };

export type ContractEvent =
  DomainEvent<'ContractRecorded', ContractRecordedPayload> | DomainEvent<'ContractUpdated', ContractUpdatedPayload>;

export function addContractFact(facts: ContractFacts, fact: ContractFact, source: FactSource): ContractFacts {
  switch (fact.kind) {
    case 'activated': {
      const current = facts.activation;
      const later =
        !current ||
        source.occurredAt.getTime() > current.occurredAt.getTime() ||
        (source.occurredAt.getTime() === current.occurredAt.getTime() && source.eventId > current.eventId);
      if (!later) return facts;
      const { kind: _kind, ...activation } = fact;
      return {
        ...facts,
        accountId: source.accountId,
        activation: { ...activation, eventId: source.eventId, occurredAt: source.occurredAt },
      };
    }
    case 'expired':
      if (facts.expiredAt && facts.expiredAt.getTime() <= fact.expiredAt.getTime()) return facts;
      return { ...facts, expiredAt: fact.expiredAt };
    case 'terminated':
      if (facts.terminatedAt && facts.terminatedAt.getTime() <= fact.terminatedAt.getTime()) return facts;
      return { ...facts, terminatedAt: fact.terminatedAt, terminationReason: fact.reason };
  }
}

export function deriveContractStatus(facts: ContractFacts): ContractStatus {
  if (facts.terminatedAt) return 'terminated';
  if (facts.expiredAt && (!facts.activation || facts.expiredAt.getTime() >= facts.activation.occurredAt.getTime()))
    return 'expired';
  return 'active';
}

export function deriveContractView(facts: ContractFacts): ContractView | null {
  if (!facts.activation) return null;
  return {
    contractNumber: facts.contractNumber,
    accountId: facts.accountId,
    status: deriveContractStatus(facts),
    term: facts.activation.term,
    freeChangesPerMonth: facts.activation.freeChangesPerMonth,
    description: facts.activation.description,
    expiredAt: facts.expiredAt,
    terminatedAt: facts.terminatedAt,
    terminationReason: facts.terminationReason,
  };
}

export function recordContractFact(
  current: ContractState | null,
  contractNumber: string,
  fact: ContractFact,
  source: FactSource,
): { state: ContractState; events: ContractEvent[] } | null {
  const before: ContractFacts = current
    ? {
        contractNumber: current.contractNumber,
        accountId: current.accountId,
        activation: current.activation,
        expiredAt: current.expiredAt,
        terminatedAt: current.terminatedAt,
        terminationReason: current.terminationReason,
      }
    : {
        contractNumber,
        accountId: source.accountId,
        activation: null,
        expiredAt: null,
        terminatedAt: null,
        terminationReason: null,
      };
  const facts = addContractFact(before, fact, source);
  if (current && sameView(facts, before)) return null;
  const view = deriveContractView(facts);
  const previous = current?.view ?? null;
  let revision = current?.revision ?? 0;
  const events: ContractEvent[] = [];
  if (view && !sameView(view, previous)) {
    revision += 1;
    const payload: ContractRecordedPayload = {
      contractNumber: view.contractNumber,
      status: view.status,
      term: view.term,
      freeChangesPerMonth: view.freeChangesPerMonth,
      description: view.description,
      expiredAt: view.expiredAt,
      terminatedAt: view.terminatedAt,
      revision,
    };
    events.push({ type: previous ? 'ContractUpdated' : 'ContractRecorded', payload });
  }
  return { state: { ...facts, view, revision }, events };
}
