import { granteeOf } from '@portal/platform';
import { publishDocument, type PublishDocument } from '../domain/support';
import { accountFor, type AccountRequest } from './access';
import { newId, nowOf, type Deps } from './deps';
import { mapPage } from '@portal/platform';
import { documentView } from './views';

/** One page of the documents (and quotes) published for the account, by document id; optionally of one kind. */
export async function documentsOf(
  deps: Deps,
  input: AccountRequest,
  query: { limit: number; cursor?: string; kind?: string },
) {
  const account = await accountFor(deps, input, 'view-account', 'documents');
  const found = await deps.stores.documentsPage(account.accountId, query.kind || undefined, query);
  return mapPage(found, documentView);
}

/** The account team publishes a document or a quote (DocumentPublished). */
export async function publish(deps: Deps, input: AccountRequest, cmd: PublishDocument) {
  const account = await accountFor(deps, input, 'account-team-or-view');
  const documentId = newId('doc');
  const caller = granteeOf(input.principal);
  const { state } = await deps.stores.documents.decide(
    documentId,
    () => publishDocument(documentId, account.accountId, cmd, { caller, now: nowOf(deps) }),
    { accountId: () => account.accountId },
  );
  return { account, document: documentView(state) };
}
