import { getPath } from './paths';
import type { Rule, RuleTable } from './rule-table';
import type { EventView } from './types';

/** The rules an event triggers: same event type, and every `when` condition holds (in table order). */
export function rulesFor(table: RuleTable, event: EventView): Rule[] {
  return table.rules.filter((rule) => rule.event === event.eventType && conditionsHold(rule, event));
}

function conditionsHold(rule: Rule, event: EventView): boolean {
  if (!rule.when) return true;
  return Object.entries(rule.when).every(([path, expected]) => {
    const actual = getPath(event, path);
    return expected === null ? actual === null || actual === undefined : actual === expected;
  });
}
