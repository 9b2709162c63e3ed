import { z } from '@portal/platform';
import { text } from './common';

export const CreateAccountBody = z
  .object({
    accountId: text(48),
    name: text(200),
    country: text(2),
    region: text(20).nullable().optional(),
    accountType: z.enum(['premier', 'home', 'business', 'partner']),
    features: z.array(text(40)).max(30).nullable().optional(),
    resellerAccountIds: z.array(text(48)).max(20).optional(),
    accessGroup: text(100).nullable().optional(),
  })
  .strict();

export const AccountSettingsBody = z
  .object({
    name: text(200).optional(),
    country: text(2).optional(),
    region: text(20).nullable().optional(),
    accountType: z.enum(['premier', 'home', 'business', 'partner']).optional(),
    features: z.array(text(40)).max(30).optional(),
    resellerAccountIds: z.array(text(48)).max(20).optional(),
    accessGroup: text(100).nullable().optional(),
    status: z.enum(['active', 'closed']).optional(),
  })
  .strict();

export const CompanyDetailsBody = z
  .object({
    legalName: text(200).nullable().optional(),
    vatNumber: text(40).nullable().optional(),
    phone: text(32).nullable().optional(),
    website: text(200).nullable().optional(),
    billingEmail: text(254).nullable().optional(),
  })
  .strict();

export const SsoBody = z
  .object({
    enabled: z.boolean(),
    idpEntityId: text(300).nullable().optional(),
    idpMetadataUrl: text(500).nullable().optional(),
  })
  .strict();

export const SupportContactsBody = z
  .object({
    contacts: z
      .array(
        z
          .object({ name: text(120), role: text(120), email: text(254), phone: text(32).nullable().optional() })
          .strict(),
      )
      .max(20),
  })
  .strict();

export const AccountView = z
  .object({
    accountId: z.string(),
    name: z.string(),
    country: z.string(),
    region: z.string().nullable(),
    accountType: z.string(),
    features: z.array(z.string()),
    resellerAccountIds: z.array(z.string()),
    status: z.string(),
    version: z.number(),
    accessGroup: z.string().nullable(),
    company: z.record(z.string().nullable()),
    sso: z.object({ enabled: z.boolean(), idpEntityId: z.string().nullable() }),
  })
  .openapi('Account');
