import type { JobToSchedule, ScheduledJob, ServiceKit } from '@portal/platform';
import { afterFailure, afterSuccess, type RetryPolicy } from '../domain/deliveries';
import { SendError, type Mailer } from '../mail/mailer';
import type { DeliveryStore } from '../store/deliveries';
import { factsOf, notificationFailed, notificationSent } from '../messaging/notification-events';

export const SEND_EMAIL = 'notification.send-email';

/** One scheduler job per attempt (a fired job cannot be re-planned): email:<delivery>:<attempts made so far>. */
export const emailJob = (deliveryId: string, attemptsMade: number, dueAt: Date): JobToSchedule => ({
  id: `email:${deliveryId}:${attemptsMade}`,
  kind: SEND_EMAIL,
  dueAt,
  payload: { deliveryId, attempt: attemptsMade },
});

export interface EmailJobDeps {
  kit: ServiceKit;
  deliveries: DeliveryStore;
  mailer: Mailer;
  retry: RetryPolicy;
  messageIdDomain: string;
}

/**
 * Sends one pending e-mail. Success: sent + NotificationSent. Failure: the domain's backoff plans the next
 * attempt as a new job, or marks it failed + NotificationFailed. A job for an attempt already made (or a
 * delivery no longer pending) does nothing. The Message-ID is derived from the delivery id, so the one resend
 * that can happen (the process dies after the SMTP server accepted, before `sent` is stored) is recognisable.
 */
export function sendEmailJob(deps: EmailJobDeps) {
  return async (job: ScheduledJob): Promise<void> => {
    const { deliveryId, attempt } = job.payload as { deliveryId: string; attempt: number };
    const { kit } = deps;
    const delivery = await deps.deliveries.get(deliveryId);
    if (!delivery || delivery.status !== 'pending') return;
    if (delivery.attempts !== attempt) {
      // This attempt was recorded but the process died before planning the next one: plan it now.
      const next = emailJob(deliveryId, delivery.attempts, delivery.nextAttemptAt ?? kit.clock.now());
      if (delivery.attempts > attempt && !(await kit.scheduler.get(next.id))) await kit.scheduler.schedule(next);
      return;
    }

    let failure: SendError | null = null;
    try {
      await deps.mailer.send({
        to: { name: delivery.recipientName, address: delivery.recipientEmail },
        subject: delivery.content.subject ?? '',
        text: delivery.content.text ?? '',
        html: delivery.content.html ?? '',
        messageId: `<${deliveryId}@${deps.messageIdDomain}>`,
        headers: { 'X-Portal-Delivery': deliveryId, 'X-Portal-Event-Type': delivery.eventType },
      });
    } catch (error) {
      if (!(error instanceof SendError)) throw error;
      failure = error;
    }

    const now = kit.clock.now();
    const result = await deps.deliveries.repo.mutate(
      deliveryId,
      (current) => {
        if (!current || current.state.status !== 'pending' || current.state.attempts !== attempt) return null;
        const next = failure
          ? {
              ...current.state,
              ...afterFailure(
                current.state,
                now,
                { message: failure.message, permanent: failure.permanent },
                deps.retry,
              ),
            }
          : { ...current.state, ...afterSuccess(current.state, now) };
        const facts = factsOf(deliveryId, next);
        const events =
          next.status === 'sent'
            ? [notificationSent(kit.events, facts, now)]
            : next.status === 'failed'
              ? [notificationFailed(kit.events, facts, next.lastError ?? 'unknown', now)]
              : [];
        return { state: next, events };
      },
      { appliedEventId: job._id },
    );
    if (failure)
      kit.logger.warn(
        { deliveryId, attempt: attempt + 1, err: failure.message, status: result.state?.status },
        'e-mail attempt failed',
      );
    if (!result.skipped && result.state.status === 'pending' && result.state.nextAttemptAt) {
      await kit.scheduler.schedule(emailJob(deliveryId, result.state.attempts, result.state.nextAttemptAt));
    }
  };
}
