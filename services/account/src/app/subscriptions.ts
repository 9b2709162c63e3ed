import { notFound, granteeOf } from '@portal/platform';
import { subscriptionsOf } from '../domain/software-subscriptions';
import {
  managedView,
  managementOf,
  requestSubscriptionChange,
  type ChangeCommand,
} from '../domain/subscription-changes';
import { accountFor, type AccountRequest } from './access';
import { newId, nowOf, type Deps } from './deps';

/** Subscription lines of the account's orders, each with what the account manages on top (changes, answers). */
async function subscriptionsIn(deps: Deps, accountId: string) {
  const [orders, managed] = await Promise.all([
    deps.stores.ordersOfAccount(accountId),
    deps.stores.subscriptionsManagedIn(accountId),
  ]);
  const byId = new Map(managed.map((m) => [m.subscriptionId, m]));
  return subscriptionsOf(orders, nowOf(deps)).map((s) => ({
    subscription: s,
    management: byId.get(s.subscriptionId) ?? null,
  }));
}

export async function softwareSubscriptionsOf(deps: Deps, input: AccountRequest) {
  const account = await accountFor(deps, input, 'view-account', 'software-subscriptions');
  return (await subscriptionsIn(deps, account.accountId)).map((s) => managedView(s.subscription, s.management));
}

/** A change is a command to the ERP (SubscriptionChangeRequested), pending until it answers. */
export async function requestChange(deps: Deps, input: AccountRequest, subscriptionId: string, cmd: ChangeCommand) {
  const account = await accountFor(deps, input, 'manage-subscriptions', 'software-subscriptions');
  const found = (await subscriptionsIn(deps, account.accountId)).find(
    (s) => s.subscription.subscriptionId === subscriptionId,
  );
  if (!found) throw notFound('software subscription');
  const changeId = newId('subchg');
  const { state } = await deps.stores.subscriptions.decide(
    found.subscription.subscriptionId,
    (current) =>
      requestSubscriptionChange(
        current ?? managementOf(found.subscription, account.accountId),
        found.subscription,
        cmd,
        {
          caller: granteeOf(input.principal),
          account,
          changeId,
          now: nowOf(deps),
        },
      ),
    { accountId: () => account.accountId },
  );
  return { account, subscription: managedView(found.subscription, state) };
}
