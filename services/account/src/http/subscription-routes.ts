import { defineRoute, z } from '@portal/platform';
import type { Deps } from '../app/deps';
import { requestChange, softwareSubscriptionsOf } from '../app/subscriptions';
import { accountParams as params } from './params';

const one = params.extend({ subscriptionId: z.string().regex(/^[A-Za-z0-9-]{1,80}$/) });

const PendingChangeView = z.object({
  changeId: z.string(),
  change: z.enum(['quantity', 'auto-renew', 'cancel']),
  quantity: z.number().int().nullable(),
  autoRenew: z.boolean().nullable(),
  requestedBy: z.string(),
  requestedAt: z.string(),
});
const SubscriptionView = z
  .object({
    subscriptionId: z.string(),
    orderNumber: z.string(),
    lineNumber: z.number().int(),
    sku: z.string(),
    product: z.string(),
    quantity: z.number(),
    term: z.object({ startDate: z.string(), endDate: z.string() }).nullable(),
    status: z.string(),
    autoRenew: z.boolean(),
    cancellationWindowDays: z
      .number()
      .int()
      .openapi({ description: 'days after the term start the vendor accepts a cancellation' }),
    pendingChange: PendingChangeView.nullable().openapi({
      description: 'the change waiting for the vendor (ERP) to confirm it',
    }),
    lastAnswer: z
      .object({
        changeId: z.string(),
        outcome: z.enum(['confirmed', 'rejected']),
        reason: z.string().nullable(),
        at: z.string(),
      })
      .nullable(),
  })
  .openapi('SoftwareSubscription');

export const SubscriptionChangeBody = z
  .discriminatedUnion('change', [
    z.object({ change: z.literal('quantity'), quantity: z.number().int().min(1).max(100_000) }).strict(),
    z.object({ change: z.literal('auto-renew'), autoRenew: z.boolean() }).strict(),
    z.object({ change: z.literal('cancel') }).strict(),
  ])
  .openapi('SoftwareSubscriptionChange');

/** Software subscriptions (seed 004 item 7, US only): listed, and managed through commands the ERP confirms. */
export function subscriptionRoutes(deps: Deps) {
  return [
    defineRoute({
      method: 'get',
      path: '/accounts/:accountId/software-subscriptions',
      summary:
        'Software subscriptions bought from the vendor, with auto-renew and any change pending at the vendor (US accounts only)',
      tags: ['subscriptions'],
      params,
      responses: { 200: z.object({ items: z.array(SubscriptionView) }) },
      errors: ['NOT_FOUND', 'FEATURE_NOT_AVAILABLE'],
      auth: 'user',
      handler: async (input) => ({ body: { items: await softwareSubscriptionsOf(deps, input) } }),
    }),
    defineRoute({
      method: 'post',
      path: '/accounts/:accountId/software-subscriptions/:subscriptionId/changes',
      summary:
        'Change the quantity, turn auto-renew off or on, or cancel within the vendor’s window: a command to the ERP, pending until it confirms',
      tags: ['subscriptions'],
      params: one,
      body: SubscriptionChangeBody,
      responses: { 202: SubscriptionView },
      errors: [
        'NOT_FOUND',
        'ROLE_REQUIRED',
        'FEATURE_NOT_AVAILABLE',
        'SUBSCRIPTION_NOT_ACTIVE',
        'SUBSCRIPTION_CHANGE_PENDING',
        'CANCELLATION_WINDOW_CLOSED',
        'FIELD_INVALID',
        'VALIDATION_FAILED',
      ],
      auth: 'user',
      handler: async (input) => {
        const { account, subscription } = await requestChange(deps, input, input.params.subscriptionId, input.body);
        return {
          status: 202,
          body: subscription,
          headers: { location: `/accounts/${account.accountId}/software-subscriptions` },
        };
      },
    }),
  ];
}
