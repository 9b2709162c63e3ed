import { z } from '@portal/platform';
import { SECTIONS } from '../../domain/roles';
import { text } from './common';

export const GrantRequestSchema = z
  .object({
    role: text(40),
    contractNumber: text(32).nullable().optional(),
    section: z.enum(SECTIONS).nullable().optional(),
  })
  .strict()
  .openapi('GrantRequest');

export const GrantSchema = z
  .object({
    accountId: z.string(),
    role: z.string(),
    contractNumber: z.string().nullable(),
    section: z.string().nullable(),
  })
  .openapi('Grant');

export const InviteUserBody = z
  .object({
    email: text(254),
    displayName: text(120).optional(),
    locale: text(10).optional(),
    userType: z.enum(['internal', 'external']).optional(),
    /** The IdP subject, when the account team links an existing identity (internal callers only). */
    userId: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.@-]{0,99}$/)
      .optional(),
    grants: z.array(GrantRequestSchema).max(50),
  })
  .strict();

export const ChangeRolesBody = z.object({ grants: z.array(GrantRequestSchema).max(50) }).strict();
export const DisableUserBody = z.object({ reason: text(500).nullable().optional() }).strict();

export const UserView = z
  .object({
    userId: z.string(),
    email: z.string(),
    displayName: z.string(),
    locale: z.string(),
    userType: z.string(),
    homeAccountId: z.string(),
    status: z.enum(['invited', 'active', 'disabled']),
    grants: z.array(GrantSchema),
    version: z.number(),
  })
  .openapi('User');

export const ProfileBody = z
  .object({
    displayName: text(120).optional(),
    locale: text(10).optional(),
    jobTitle: text(120).nullable().optional(),
    phone: text(32).nullable().optional(),
  })
  .strict();
