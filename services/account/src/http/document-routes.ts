import { defineRoute, pageQuery, pageSchema, z } from '@portal/platform';
import type { Deps } from '../app/deps';
import { documentsOf, publish } from '../app/documents';
import { accountParams as params } from './params';
import { DocumentBody, DocumentView } from './schemas';

/** Documents and quotes the account team publishes for the account. */
export function documentRoutes(deps: Deps) {
  return [
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/documents',
      summary: 'Documents (and quotes) published by the account team',
      tags: ['support'],
      params,
      query: pageQuery.extend({ kind: z.string().max(20).optional() }),
      responses: { 200: pageSchema(DocumentView) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => ({ body: await documentsOf(deps, input, input.query) }),
    }),
    defineRoute({
      method: 'post',
      path: '/accounts/:accountId/documents',
      summary: 'Publish a document or a quote for the account (account team only); publishes DocumentPublished',
      tags: ['support'],
      params,
      body: DocumentBody,
      responses: { 201: DocumentView },
      errors: ['NOT_FOUND', 'INTERNAL_USERS_ONLY', 'FIELD_INVALID', 'FIELD_REQUIRED', 'VALIDATION_FAILED'],
      auth: 'user',
      handler: async (input) => {
        const { account, document } = await publish(deps, input, input.body);
        return {
          status: 201,
          body: document,
          headers: { location: `/accounts/${account.accountId}/documents/${document.documentId}` },
        };
      },
    }),
  ];
}
