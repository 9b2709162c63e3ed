import { z } from 'zod';
import { DomainError } from '@portal/platform/src/errors';
import { CHANNELS } from './types';

/**
 * The rule table: which domain event becomes which notification, for whom, on which channels, with which
 * template. It is data (rules/rules.json); supporting a new event type means adding a rule and its templates.
 */

const path = z.string().regex(/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/, 'a dotted path such as payload.user.userId');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes');

/** Who receives a rule's notifications. Several specs add up; duplicates are removed. */
export const RecipientSpecSchema = z.union([
  z
    .object({
      /** Users holding one of these roles on the event's account (or on the account found at `accountFrom`). */
      roles: z.array(z.string().min(1)).min(1),
      /** Path to another account id (e.g. payload.resellerAccountId): the roles are looked up there. */
      accountFrom: path.optional(),
      /** Only grants on this portal section (or whole-account grants, section null). */
      section: z.string().min(1).optional(),
      /** Path to a contract number: only grants on that contract or on the whole account. */
      contractFrom: path.optional(),
    })
    .strict(),
  z
    .object({
      /**
       * The vendor's staff: internal users holding one of these roles on any account (their grants are on the vendor's
       * own account, never on the customer's), e.g. approvers of upgrade requests, operators of change requests.
       */
      staffRoles: z.array(z.string().min(1)).min(1),
    })
    .strict(),
  z.object({ /** Path to one user id or an array of user ids named in the event. */ userIdsFrom: path }).strict(),
  z
    .object({
      /** Path to a user snapshot carried by the event ({userId, email, displayName?, locale?}). */ userFrom: path,
    })
    .strict(),
  z
    .object({ /** The user who caused the event (envelope actor), when it is a user. */ actor: z.literal(true) })
    .strict(),
  z
    .object({
      /** Users who follow the event's aggregate (see `follows`), e.g. the requester of a change request. */ followers:
        z.literal(true),
    })
    .strict(),
]);
export type RecipientSpec = z.infer<typeof RecipientSpecSchema>;

export const BannerSpecSchema = z
  .object({
    /** Handlebars over the event naming the banner, e.g. "vip-renewal:{{payload.membershipId}}". */
    key: z.string().min(1).max(200),
    /** show: create or refresh the banner; clear: end it now. */
    action: z.enum(['show', 'clear']),
    /** Path to the account the banner belongs to (default: the event's accountId). */
    accountFrom: path.optional(),
    /** Roles on the account who see the banner; empty = every user of the account. */
    audience: z.array(z.string().min(1)).default([]),
    /** Path to the instant the banner starts (default: the event's occurredAt). */
    startsAtFrom: path.optional(),
    /** Path to the instant the banner ends (default: open-ended until cleared). */
    endsAtFrom: path.optional(),
    /** Severity shown by the portal. */
    severity: z.enum(['info', 'warning', 'critical']).default('info'),
  })
  .strict();
export type BannerSpec = z.infer<typeof BannerSpecSchema>;

export const CategorySchema = z
  .object({
    id,
    /** Mandatory categories cannot be opted out of. */
    mandatory: z.boolean(),
    description: z.string().default(''),
  })
  .strict();
export type Category = z.infer<typeof CategorySchema>;

export const RuleSchema = z
  .object({
    id,
    /** The event type the rule reacts to (the .avsc file name in contracts/schemas/<topic>/). */
    event: z.string().regex(/^[A-Z][A-Za-z0-9]{1,79}$/),
    category: id,
    channels: z.array(z.enum(CHANNELS)).min(1),
    recipients: z.array(RecipientSpecSchema).default([]),
    /** Leave out the user who caused the event (they know already). */
    excludeActor: z.boolean().default(false),
    template: id,
    banner: BannerSpecSchema.optional(),
    /** Only when every listed path has this value, e.g. { "payload.status": "rejected" }. */
    when: z.record(path, z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    description: z.string().default(''),
  })
  .strict();
export type Rule = z.infer<typeof RuleSchema>;

/** Events that make users followers of their aggregate, so later events of it (which may not name them) reach them. */
export const FollowSchema = z.object({ event: RuleSchema.shape.event, userIdsFrom: path }).strict();
export type Follow = z.infer<typeof FollowSchema>;

/**
 * Reminders: an event plans a notification-internal event for later (e.g. a purchase authorization created
 * plans "PurchaseAuthorizationExpiring" two days before it expires); events listed in `cancelOn` with the same
 * key call it off. Rules react to the emitted event type like to any other.
 */
export const ReminderSchema = z
  .object({
    id,
    event: RuleSchema.shape.event,
    /** The event type the reminder emits when it fires (not published on Kafka; rules match it). */
    emits: RuleSchema.shape.event,
    /** Handlebars over the events naming what the reminder is about, e.g. "pa:{{payload.purchaseAuthorizationId}}". */
    key: z.string().min(1).max(200),
    /** Path to the instant the reminder is relative to. */
    at: path,
    /** Milliseconds added to `at` (negative: before). */
    offsetMs: z.number().int(),
    cancelOn: z.array(RuleSchema.shape.event).default([]),
  })
  .strict();
export type Reminder = z.infer<typeof ReminderSchema>;

export const RuleTableSchema = z
  .object({
    categories: z.array(CategorySchema).min(1),
    follows: z.array(FollowSchema).default([]),
    reminders: z.array(ReminderSchema).default([]),
    rules: z.array(RuleSchema),
  })
  .strict();
export type RuleTable = z.infer<typeof RuleTableSchema>;

/** Parses and cross-checks a rule table; every problem is reported at once (RULE_TABLE_INVALID). */
export function parseRuleTable(raw: unknown): RuleTable {
  const parsed = RuleTableSchema.safeParse(raw);
  if (!parsed.success) {
    throw DomainError.fromFieldErrors(
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: 'RULE_TABLE_INVALID', message: i.message })),
    );
  }
  const table = parsed.data;
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of table.categories) {
    if (seen.has(`category:${c.id}`)) problems.push(`category ${c.id} is defined twice`);
    seen.add(`category:${c.id}`);
  }
  for (const rule of table.rules) {
    if (seen.has(`rule:${rule.id}`)) problems.push(`rule ${rule.id} is defined twice`);
    seen.add(`rule:${rule.id}`);
    if (!seen.has(`category:${rule.category}`)) problems.push(`rule ${rule.id}: unknown category ${rule.category}`);
    const toUsers = rule.channels.some((c) => c !== 'banner');
    if (toUsers && rule.recipients.length === 0) problems.push(`rule ${rule.id}: e-mail and inbox need recipients`);
    if (rule.channels.includes('banner') && !rule.banner)
      problems.push(`rule ${rule.id}: the banner channel needs a banner block`);
    if (rule.banner && !rule.channels.includes('banner'))
      problems.push(`rule ${rule.id}: a banner block needs the banner channel`);
    if (new Set(rule.channels).size !== rule.channels.length)
      problems.push(`rule ${rule.id}: a channel is listed twice`);
  }
  for (const reminder of table.reminders) {
    if (seen.has(`reminder:${reminder.id}`)) problems.push(`reminder ${reminder.id} is defined twice`);
    seen.add(`reminder:${reminder.id}`);
    if (!table.rules.some((r) => r.event === reminder.emits))
      problems.push(`reminder ${reminder.id}: no rule reacts to ${reminder.emits}`);
  }
  if (problems.length > 0) {
    throw DomainError.fromFieldErrors(
      problems.map((message) => ({ path: 'rules', code: 'RULE_TABLE_INVALID', message })),
    );
  }
  return table;
}

export function categoryOf(table: RuleTable, categoryId: string): Category | undefined {
  return table.categories.find((c) => c.id === categoryId);
}

/** The event types any rule reacts to: the messaging handler table is built from this. */
export function handledEventTypes(table: RuleTable): string[] {
  const emitted = new Set(table.reminders.map((r) => r.emits));
  const consumed = [
    ...table.rules.map((r) => r.event).filter((e) => !emitted.has(e)),
    ...table.follows.map((f) => f.event),
    ...table.reminders.flatMap((r) => [r.event, ...r.cancelOn]),
  ];
  return [...new Set(consumed)].sort();
}

/** Event types only reminders emit (they never come from Kafka). */
export const reminderEventTypes = (table: RuleTable): string[] =>
  [...new Set(table.reminders.map((r) => r.emits))].sort();
