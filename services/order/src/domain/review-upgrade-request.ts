/** The wizard's review step: what a submit would say now (every rule at once) and the totals. */
import { priceUpgradeRequest } from './price-upgrade-request';
import type { UpgradeRequestState } from './upgrade-request';
import { coTermEnd, validateUpgradeRequest, type UpgradeContext } from './validate-upgrade-request';

export function reviewUpgradeRequest(request: Pick<UpgradeRequestState, 'content'>, ctx: UpgradeContext) {
  const errors = validateUpgradeRequest(request.content, ctx);
  return {
    valid: errors.length === 0,
    errors,
    totals: priceUpgradeRequest(request.content, ctx.order.currency, ctx.catalog, coTermEnd(ctx)),
  };
}

export type UpgradeReview = ReturnType<typeof reviewUpgradeRequest>;
