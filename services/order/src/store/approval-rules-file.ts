/** Reads the approval rules file (ORDER_APPROVAL_RULES) at start; a bad file stops the service naming every problem. */
import { StartupError } from '@portal/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseApprovalRules, type ApprovalRules } from '../domain/approval-rules';

export const defaultApprovalRulesFile = join(__dirname, '../../approval-rules/approval-rules.json');

export function loadApprovalRules(file: string): ApprovalRules {
  try {
    return parseApprovalRules(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new StartupError(
      `order: approval rules (ORDER_APPROVAL_RULES=${file}) are invalid:\n${(error as Error).message}`,
    );
  }
}
