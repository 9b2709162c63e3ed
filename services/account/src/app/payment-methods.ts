import type { Principal } from '@portal/platform';
import {
  addPaymentMethod,
  paymentMethodView,
  removePaymentMethod,
  type AddPaymentMethod,
} from '../domain/payment-methods';
import { accountFor, type AccountRequest } from './access';
import { newId, nowOf, type Deps } from './deps';
import { decideWallet, walletOf } from './wallet-state';

/** Saved payment methods: brand, last four digits and expiry, never the processor token. */
export async function paymentMethodsOf(deps: Deps, input: AccountRequest) {
  const account = await accountFor(deps, input, 'view-account', 'payment-methods');
  const now = nowOf(deps);
  const items = ((await walletOf(deps, account.accountId))?.paymentMethods ?? []).map((pm) =>
    paymentMethodView(pm, now),
  );
  return items.sort((a, b) => (a.paymentMethodId < b.paymentMethodId ? -1 : 1));
}

export async function savePaymentMethod(
  deps: Deps,
  input: AccountRequest & { principal: Principal },
  cmd: AddPaymentMethod,
) {
  const account = await accountFor(deps, input, 'manage-payment-methods', 'payment-methods');
  const paymentMethodId = newId('pm');
  const now = nowOf(deps);
  const state = await decideWallet(deps, account, (w) =>
    addPaymentMethod(w, paymentMethodId, cmd, { addedBy: input.principal.userId, now }),
  );
  const pm = state.paymentMethods.find((p) => p.paymentMethodId === paymentMethodId)!;
  return { account, paymentMethod: paymentMethodView(pm, now) };
}

export async function removePaymentMethodFrom(deps: Deps, input: AccountRequest, paymentMethodId: string) {
  const account = await accountFor(deps, input, 'manage-payment-methods', 'payment-methods');
  await decideWallet(deps, account, (w) =>
    removePaymentMethod(w, paymentMethodId, { removedBy: input.principal.userId }),
  );
}
