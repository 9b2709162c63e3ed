import Handlebars from 'handlebars';
import { instantAt } from './paths';
import type { Reminder, RuleTable } from './rule-table';
import type { EventView } from './types';

/** What the scheduler must do for an event: plan reminders (job id + due time) and call off others. */
export interface ReminderPlan {
  plan: { jobId: string; dueAt: Date; reminder: Reminder }[];
  cancel: string[];
}

const engine = Handlebars.create();
const keyOf = (reminder: Reminder, event: EventView) => engine.compile(reminder.key, { noEscape: true })(event).trim();

/** One job per (reminder, key): a replay re-plans the same job; a cancelling event names the same job. */
export const reminderJobId = (reminder: Reminder, key: string) => `reminder:${reminder.id}:${key}`;

export function reminderPlan(table: RuleTable, event: EventView): ReminderPlan {
  const plan: ReminderPlan['plan'] = [];
  const cancel: string[] = [];
  for (const reminder of table.reminders) {
    if (reminder.event === event.eventType) {
      const at = instantAt(event, reminder.at);
      const key = keyOf(reminder, event);
      if (at && key)
        plan.push({ jobId: reminderJobId(reminder, key), dueAt: new Date(at.getTime() + reminder.offsetMs), reminder });
    }
    if (reminder.cancelOn.includes(event.eventType)) {
      const key = keyOf(reminder, event);
      if (key) cancel.push(reminderJobId(reminder, key));
    }
  }
  return { plan, cancel };
}

/**
 * The event a reminder emits when it fires: the source event's data under the reminder's event type, with an
 * id derived from the source event, so its deliveries are keyed (and deduplicated) like any other event's.
 */
export function reminderEvent(reminder: Pick<Reminder, 'id' | 'emits'>, source: EventView, firedAt: Date): EventView {
  return {
    ...source,
    eventId: `${source.eventId}:${reminder.id}`,
    eventType: reminder.emits,
    occurredAt: firedAt,
    actor: null,
  };
}
