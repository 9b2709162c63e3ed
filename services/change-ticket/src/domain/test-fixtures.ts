// Builders for the domain's unit tests (no I/O besides reading the seed catalog file once).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { type CatalogFile, parseCatalogFile } from './catalog';
import { draftChangeRequest } from './draft-change-request';
import { billingFor } from './free-changes-left';
import { submitChangeRequest } from './submit-change-request';
import type { Actor, ChangeRequest, ChangeRequestContent, InventoryElement } from './types';

export const seedCatalogPath = path.join(__dirname, '..', '..', 'catalogs', 'catalogs.yaml');
export const seedCatalogs: CatalogFile = parseCatalogFile(parse(fs.readFileSync(seedCatalogPath, 'utf8')));

export const NOW = new Date('2026-03-15T10:00:00Z');
export const carla: Actor = { userId: 'u-carla', userType: 'external' };
export const max: Actor = { userId: 'u-max', userType: 'external' };
export const otto: Actor = { userId: 'u-otto', userType: 'internal' };

export const anElement = (overrides: Partial<InventoryElement> = {}): InventoryElement => ({
  id: 'SO-1-10',
  accountId: 'acc-acme',
  perimeterId: 'C-ACME-1',
  kind: 'flexible-engine-service',
  name: 'Flexible Engine tenant',
  contractNumber: 'C-ACME-1',
  rdsLicences: 5,
  orderNumber: 'SO-1',
  status: 'active',
  ...overrides,
});

export const quotaChange: ChangeRequestContent = {
  catalogId: 'standard',
  categoryId: 'quota-changes',
  articleId: 'change-quota',
  fields: { resource: 'vcpus', newQuota: 64 },
  reference: 'ACME-42',
  description: 'More vCPUs for the spring campaign',
};

export const ginAccess: ChangeRequestContent = {
  catalogId: 'gin-access',
  categoryId: 'gin-access',
  articleId: 'open-gin-access',
  fields: { siteName: 'Lyon DC', bandwidthMbps: '100' },
};

export const rdsRemoval = (quantity: number): ChangeRequestContent => ({
  catalogId: 'rds-licences',
  categoryId: 'rds-licences',
  articleId: 'remove-rds-licences',
  fields: { quantity },
});

export const aDraft = (content: ChangeRequestContent = quotaChange, element = anElement()): ChangeRequest =>
  draftChangeRequest({ id: 'cr-1', element, content, actor: carla, now: NOW, catalogs: seedCatalogs }).state;

export const freeBilling = billingFor('2026-03', 3, 1);

/** A request brought to the given status along the shortest path. */
export function aRequestIn(status: ChangeRequest['status']): ChangeRequest {
  const study = ['quote-pending', 'quote-accepted', 'quote-declined'].includes(status);
  const draft = aDraft(study ? ginAccess : quotaChange);
  if (status === 'draft') return draft;
  const submitted = submitChangeRequest(draft, {
    element: anElement(),
    catalogs: seedCatalogs,
    billing: freeBilling,
    openRequestIdsOnElement: [],
    actor: carla,
    now: NOW,
  }).state;
  const quoted: ChangeRequest = {
    ...submitted,
    quote: {
      quoteId: 'q-1',
      amount: { amountMinor: 120000, currency: 'EUR' },
      validUntil: new Date('2026-04-15T00:00:00Z'),
      issuedAt: NOW,
      issuedBy: 'u-otto',
    },
  };
  switch (status) {
    case 'submitted':
    case 'quote-pending':
      return status === 'quote-pending' ? quoted : submitted;
    default:
      return { ...(study ? quoted : submitted), status };
  }
}
