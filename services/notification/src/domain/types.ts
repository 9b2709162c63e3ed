/**
 * The notification domain's vocabulary. Everything here is plain data: rules come from the rule table
 * (rules/rules.json), users from the access projection, events from any domain topic.
 */

export const CHANNELS = ['email', 'inbox', 'banner'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Channels that reach one user (banners reach an account). */
export type UserChannel = Exclude<Channel, 'banner'>;

export const DEFAULT_LOCALE = 'en-US';

/** A domain event as this service sees it: any envelope, payload read generically through paths. */
export interface EventView {
  eventId: string;
  eventType: string;
  occurredAt: Date;
  aggregateId: string;
  accountId: string;
  correlationId?: string;
  actor: { userId: string; userType: string } | null;
  payload: unknown;
}

export interface GrantView {
  accountId: string;
  role: string;
  contractNumber: string | null;
  section: string | null;
}

/** A person who may receive a notification (from the access projection or from an event's user snapshot). */
export interface UserView {
  userId: string;
  email: string;
  displayName: string;
  locale: string;
  status: 'invited' | 'active' | 'disabled' | string;
  userType?: string;
  grants: GrantView[];
}

/** The address part of a user a delivery needs. */
export interface Recipient {
  userId: string;
  email: string;
  displayName: string;
  locale: string;
}
