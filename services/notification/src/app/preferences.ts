import type { Principal } from '@portal/platform';
import { preferencesView, setOptOuts } from '../domain/preferences';
import type { NotificationApp } from './context';

/** Every category, whether it is mandatory and whether the caller receives it. */
export async function preferencesOf(app: NotificationApp, principal: Principal) {
  return preferencesView(app.table.categories, await app.preferences.get(principal.userId));
}

/** Replaces the caller's opt-outs (mandatory or unknown categories are refused by the domain). */
export async function replaceOptOuts(app: NotificationApp, principal: Principal, optedOut: string[]) {
  const next = setOptOuts(app.table.categories, principal.userId, optedOut);
  await app.preferences.save(next, app.clock.now());
  return preferencesView(app.table.categories, next);
}
