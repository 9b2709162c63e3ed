/**
 * Every rule of an upgrade request's content, per wizard step. Each validator returns ALL the broken rules
 * (per-field errors with the codes of domain.md; where domain.md names none, the code is documented in the README).
 * Nothing here throws: callers decide whether errors refuse (submit, save a step) or are only reported (preview).
 */
import type { FieldError } from '@portal/platform/src/errors';
import type { AccountBook } from './account-book';
import type { ApprovalContext } from './approval-tiers';
import type { Catalog } from './catalog-product';
import { deliveryAddressErrors } from './delivery-address';
import type { ContractView } from './contract';
import { isIsoDate, isoDate } from './dates';
import type { SalesOrderView } from './sales-order';
import type { BasicInfo, HardwareUpgradeLine, SoftwareUpgradeLine, UpgradeRequestContent } from './upgrade-request';
import type { LineKind } from './types';

export interface UpgradeContext {
  order: SalesOrderView;
  contract: ContractView | null;
  catalog: Catalog;
  /** Serial number -> id of the other open upgrade request that holds it. */
  serialsHeldElsewhere: ReadonlyMap<string, string>;
  /** Approval rules and who holds each approver role (used at submit and approval). */
  approval: ApprovalContext;
  /** The account's address book (delivery addresses are chosen from it). */
  addressBook: AccountBook | null;
  now: Date;
}

export const LIMITS = {
  deploymentWindowDays: { min: 1, max: 365 },
  termMonths: { min: 1, max: 120 },
  commentLength: 2000,
  shippingLevels: ['standard', 'expedited', 'next-day'] as const,
};

const err = (path: string, code: string, message: string): FieldError => ({ path, code, message });
const blank = (s: string | null | undefined) => !s || s.trim() === '';
const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

/** The upgraded order's term end when co-terming: the order's own term, else the contract's. */
export const coTermEnd = (ctx: Pick<UpgradeContext, 'order' | 'contract'>): string | null =>
  ctx.order.term?.endDate ?? ctx.contract?.term.endDate ?? null;

export function validateBasicInfo(basic: BasicInfo, ctx: UpgradeContext): FieldError[] {
  const errors: FieldError[] = [];
  const p = 'basicInfo';
  if (basic.discountPercent !== null) {
    const d = basic.discountPercent;
    if (!(d > 0 && d <= 100) || Math.round(d * 100) !== d * 100) {
      errors.push(
        err(
          `${p}.discountPercent`,
          'DISCOUNT_OUT_OF_RANGE',
          'The order discount must be more than 0 and at most 100 percent, with at most two decimals',
        ),
      );
    }
    if (blank(basic.specialPricingFormNumber)) {
      errors.push(
        err(
          `${p}.specialPricingFormNumber`,
          'SPECIAL_PRICING_FORM_REQUIRED',
          'A discount needs the special-pricing form number',
        ),
      );
    }
  }
  if (basic.startDate === null) {
    errors.push(err(`${p}.startDate`, 'START_DATE_REQUIRED', 'Choose a start date'));
  } else if (!isIsoDate(basic.startDate)) {
    errors.push(err(`${p}.startDate`, 'DATE_INVALID', 'The start date must be a calendar date (yyyy-mm-dd)'));
  } else if (basic.startDate < isoDate(ctx.now)) {
    errors.push(
      err(`${p}.startDate`, 'START_DATE_IN_PAST', `The start date cannot be before today (${isoDate(ctx.now)})`),
    );
  }
  const w = basic.deploymentWindowDays;
  if (w === null) {
    errors.push(err(`${p}.deploymentWindowDays`, 'DEPLOYMENT_WINDOW_REQUIRED', 'Enter the deployment window in days'));
  } else if (!isInt(w) || w < LIMITS.deploymentWindowDays.min || w > LIMITS.deploymentWindowDays.max) {
    errors.push(
      err(`${p}.deploymentWindowDays`, 'DEPLOYMENT_WINDOW_OUT_OF_RANGE', 'The deployment window is 1 to 365 days'),
    );
  }
  if (basic.termOption === null) {
    errors.push(err(`${p}.termOption`, 'TERM_OPTION_REQUIRED', 'Choose own term or co-term'));
  } else if (basic.termOption === 'own-term') {
    const m = basic.termMonths;
    if (m === null)
      errors.push(err(`${p}.termMonths`, 'TERM_MONTHS_REQUIRED', 'An own term needs its length in months'));
    else if (!isInt(m) || m < LIMITS.termMonths.min || m > LIMITS.termMonths.max) {
      errors.push(err(`${p}.termMonths`, 'TERM_MONTHS_OUT_OF_RANGE', 'An own term lasts 1 to 120 months'));
    }
  } else {
    const end = coTermEnd(ctx);
    if (!end) {
      errors.push(err(`${p}.termOption`, 'CO_TERM_UNAVAILABLE', 'The existing order has no term to end with'));
    } else if (basic.startDate && isIsoDate(basic.startDate) && basic.startDate > end) {
      errors.push(
        err(
          `${p}.startDate`,
          'START_DATE_AFTER_CO_TERM_END',
          `A co-termed upgrade must start by the existing term's end (${end})`,
        ),
      );
    }
  }
  return errors;
}

/** Order lines of a kind carrying a SKU, and the catalog's say on it. */
function orderedSku(ctx: UpgradeContext, sku: string, kind: LineKind) {
  const lines = ctx.order.lines.filter((l) => l.sku === sku && l.kind === kind);
  const product = ctx.catalog.get(sku);
  return {
    onOrder: lines.length > 0,
    eligible: lines.length > 0 && !!product?.eligibleForUpgrade,
    owned: lines.reduce((n, l) => n + l.quantity, 0),
    serials: new Set(lines.flatMap((l) => l.serialNumbers)),
    targets: product?.upgradeTargets ?? [],
  };
}

function validateSkuAndTarget(
  path: string,
  line: { sku: string; targetSku: string; quantity: number },
  kind: LineKind,
  ctx: UpgradeContext,
) {
  const errors: FieldError[] = [];
  const ordered = orderedSku(ctx, line.sku, kind);
  if (!ordered.eligible) {
    errors.push(
      err(
        `${path}.sku`,
        'SKU_NOT_ELIGIBLE',
        `${line.sku} is not a ${kind} SKU of order ${ctx.order.orderNumber} eligible for upgrade`,
      ),
    );
  } else if (!ordered.targets.includes(line.targetSku)) {
    errors.push(
      err(
        `${path}.targetSku`,
        'UPGRADE_PATH_UNKNOWN',
        `The catalog has no upgrade path from ${line.sku} to ${line.targetSku}`,
      ),
    );
  }
  if (!isInt(line.quantity) || line.quantity < 1 || (ordered.onOrder && line.quantity > ordered.owned)) {
    errors.push(
      err(
        `${path}.quantity`,
        'QUANTITY_OUT_OF_RANGE',
        `The upgrade quantity must be between 1 and the ${ordered.owned} owned`,
      ),
    );
  }
  return { errors, ordered };
}

export function validateHardwareLines(lines: HardwareUpgradeLine[], ctx: UpgradeContext): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const p = `hardwareLines.${i}`;
    const { errors: skuErrors, ordered } = validateSkuAndTarget(p, line, 'hardware', ctx);
    errors.push(...skuErrors);
    if (line.serialNumbers.length !== line.quantity) {
      errors.push(
        err(
          `${p}.serialNumbers`,
          'SERIAL_COUNT_MISMATCH',
          `Select exactly ${line.quantity} serial numbers (${line.serialNumbers.length} selected)`,
        ),
      );
    }
    line.serialNumbers.forEach((serial, j) => {
      const sp = `${p}.serialNumbers.${j}`;
      if (!ordered.serials.has(serial)) {
        errors.push(
          err(
            sp,
            'SERIAL_NOT_ON_ORDER',
            `Serial ${serial} is not on the ${line.sku} line of order ${ctx.order.orderNumber}`,
          ),
        );
      } else if (ctx.serialsHeldElsewhere.has(serial)) {
        errors.push(
          err(
            sp,
            'SERIAL_ALREADY_IN_UPGRADE',
            `Serial ${serial} is in open upgrade request ${ctx.serialsHeldElsewhere.get(serial)}`,
          ),
        );
      }
      if (seen.has(serial))
        errors.push(err(sp, 'SERIAL_SELECTED_TWICE', `Serial ${serial} is selected more than once`));
      seen.add(serial);
    });
    errors.push(...deliveryAddressErrors(line, p, ctx.addressBook));
    if (!line.shippingServiceLevel) {
      errors.push(
        err(`${p}.shippingServiceLevel`, 'SHIPPING_SERVICE_LEVEL_REQUIRED', 'Select a shipping service level'),
      );
    } else if (line.shippingServiceLevel === 'standard') {
      if (blank(line.carrierName))
        errors.push(err(`${p}.carrierName`, 'CARRIER_REQUIRED', 'Standard shipping needs a carrier name'));
      if (blank(line.shippingAccount))
        errors.push(err(`${p}.shippingAccount`, 'CARRIER_REQUIRED', 'Standard shipping needs a shipping account'));
    }
  });
  return errors;
}

export function validateSoftwareLines(lines: SoftwareUpgradeLine[], ctx: UpgradeContext): FieldError[] {
  const errors: FieldError[] = [];
  const owned = new Map<string, number>();
  lines.forEach((line, i) => {
    const p = `softwareLines.${i}`;
    const { errors: lineErrors, ordered } = validateSkuAndTarget(p, line, 'software', ctx);
    errors.push(...lineErrors);
    const total = (owned.get(line.sku) ?? 0) + (isInt(line.quantity) ? line.quantity : 0);
    owned.set(line.sku, total);
    if (ordered.onOrder && lineErrors.every((e) => e.code !== 'QUANTITY_OUT_OF_RANGE') && total > ordered.owned) {
      errors.push(
        err(
          `${p}.quantity`,
          'QUANTITY_OUT_OF_RANGE',
          `Lines for ${line.sku} upgrade more than the ${ordered.owned} owned`,
        ),
      );
    }
  });
  return errors;
}

export function validateMisc(comment: string | null): FieldError[] {
  return comment !== null && comment.length > LIMITS.commentLength
    ? [err('comment', 'COMMENT_TOO_LONG', `The comment is at most ${LIMITS.commentLength} characters`)]
    : [];
}

/** The whole request, as submit checks it: every step plus "at least one line". */
export function validateUpgradeRequest(content: UpgradeRequestContent, ctx: UpgradeContext): FieldError[] {
  const errors = [
    ...validateBasicInfo(content.basicInfo, ctx),
    ...validateHardwareLines(content.hardwareLines, ctx),
    ...validateSoftwareLines(content.softwareLines, ctx),
    ...validateMisc(content.comment),
  ];
  if (content.hardwareLines.length === 0 && content.softwareLines.length === 0) {
    errors.push(err('lines', 'EMPTY_UPGRADE', 'Add at least one hardware or software line'));
  }
  return errors;
}

/** Per-field SERIAL_ALREADY_IN_UPGRADE errors for serials found held by other requests (serial -> request id). */
export function serialConflictErrors(content: UpgradeRequestContent, held: ReadonlyMap<string, string>): FieldError[] {
  return content.hardwareLines.flatMap((line, i) =>
    line.serialNumbers.flatMap((serial, j) =>
      held.has(serial)
        ? [
            err(
              `hardwareLines.${i}.serialNumbers.${j}`,
              'SERIAL_ALREADY_IN_UPGRADE',
              `Serial ${serial} is in open upgrade request ${held.get(serial)}`,
            ),
          ]
        : [],
    ),
  );
}
