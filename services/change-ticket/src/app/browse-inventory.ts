import { type Page, type Principal, page } from '@portal/platform';
import { catalogsForKind, findCatalog } from '../domain/catalog';
import type { InventoryElement } from '../domain/types';
import type { PerimeterView } from '../store/perimeter-index';
import { accountsOf, elementFor, maySee, perimeterFor } from './access';
import type { ChangeTicketApp } from './context';

/** Perimeters the caller can work in: of the account named (operators), else of every account they work in. */
export async function visiblePerimeters(
  app: ChangeTicketApp,
  principal: Principal,
  accountId?: string,
): Promise<PerimeterView[]> {
  const accounts = accountId ? [accountId] : await accountsOf(app, principal);
  const visible: string[] = [];
  for (const account of accounts) if (await maySee(app, principal, account)) visible.push(account);
  return visible.length ? app.inventory.perimeters(visible) : [];
}

/**
 * A page of a perimeter's active elements by id (keyset: the store reads limit + 1 after the cursor's id);
 * `catalogId` keeps the kinds that catalog serves (none for an unknown catalog).
 */
export async function elementsPage(
  app: ChangeTicketApp,
  principal: Principal,
  query: { perimeter: string; q?: string; catalogId?: string; after?: string; limit: number },
): Promise<Page<InventoryElement>> {
  const perimeter = await perimeterFor(app, principal, query.perimeter);
  const kinds = query.catalogId ? (findCatalog(app.catalogs, query.catalogId)?.elementKinds ?? []) : undefined;
  const rows = await app.inventory.list(perimeter.id, {
    search: query.q,
    kinds,
    after: query.after,
    limit: query.limit,
  });
  return page(rows, { limit: query.limit, key: (element) => element.id });
}

/** One element with the catalogs offered for its kind. */
export async function elementWithCatalogs(app: ChangeTicketApp, principal: Principal, elementId: string) {
  const element = await elementFor(app, principal, elementId, 'read');
  return { ...element, catalogs: catalogsForKind(app.catalogs, element.kind), catalogVersion: app.catalogs.version };
}
