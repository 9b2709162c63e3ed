import { topicCatalog } from '@portal/contracts';
import { z, type ServiceDefinition } from '@portal/platform';
import { loadCatalog } from './catalog/catalog';
import { defaultRetryPolicy, type RetryPolicy } from './domain/deliveries';
import { bannerRoutes } from './http/banner-routes';
import { deliveryRoutes } from './http/delivery-routes';
import { inboxRoutes } from './http/inbox-routes';
import { preferenceRoutes } from './http/preference-routes';
import { createSmtpMailer } from './mail/mailer';
import type { NotificationApp } from './app/context';
import { SEND_EMAIL, sendEmailJob } from './app/send-email';
import { REMINDER, reminderJob } from './app/notify-event';
import { notificationHandlers } from './messaging/notify-handler';
import { BannerStore } from './store/banners';
import { DeliveryStore, type DeliveryState } from './store/deliveries';
import { FollowerStore } from './store/followers';
import { PreferencesStore, type PreferencesState } from './store/preferences';
import type { Banner } from './domain/banners';
import { errors } from './domain/errors';

const configExtra = {
  SMTP_URL: z.string().url().default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().min(3).default('Customer Portal <no-reply@portal.local>'),
  PORTAL_URL: z.string().url().default('http://localhost:3000'),
  /** Delays between e-mail attempts, comma-separated milliseconds (attempts = delays + 1). */
  EMAIL_RETRY_DELAYS_MS: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'comma-separated milliseconds, e.g. 60000,300000')
    .optional(),
};

/** The domain topics this service listens to: every topic whose catalog entry names it as a consumer. */
export const consumedTopics = () =>
  topicCatalog.filter((t) => t.consumers.includes('notification') && t.name !== 'account.events.v1').map((t) => t.name);

export const notificationService: ServiceDefinition = {
  name: 'notification',
  description: 'E-mail and in-portal notifications, banners, templates, delivery attempts and preferences',
  defaultPort: 8084,
  errors,
  configExtra,
  async setup(kit) {
    const extra = kit.config.extra as {
      SMTP_URL: string;
      MAIL_FROM: string;
      PORTAL_URL: string;
      EMAIL_RETRY_DELAYS_MS?: string;
    };
    const catalog = loadCatalog();
    const retry: RetryPolicy = extra.EMAIL_RETRY_DELAYS_MS
      ? { delaysMs: extra.EMAIL_RETRY_DELAYS_MS.split(',').map(Number) }
      : defaultRetryPolicy;
    const deliveries = new DeliveryStore(kit.aggregates<DeliveryState>('deliveries'));
    const banners = new BannerStore(kit.aggregates<Banner>('banners'));
    const preferences = new PreferencesStore(kit.aggregates<PreferencesState>('preferences'));
    const followers = new FollowerStore(kit.collection('followers'));
    await Promise.all([deliveries.ensureIndexes(), banners.ensureIndexes()]);
    const mailer = createSmtpMailer({ smtpUrl: extra.SMTP_URL, from: extra.MAIL_FROM });
    const deps = { kit, catalog, deliveries, banners, preferences, followers, portalUrl: extra.PORTAL_URL };
    const handlers = notificationHandlers(deps);
    kit.logger.info(
      { rules: catalog.table.rules.length, templates: catalog.templates.size, smtp: new URL(extra.SMTP_URL).host },
      'notification catalog loaded',
    );
    const app: NotificationApp = {
      table: catalog.table,
      clock: kit.clock,
      deliveries,
      banners,
      preferences,
      access: kit.access,
    };
    return {
      consumers: [{ topics: [...consumedTopics(), 'account.events.v1'], handlers }],
      jobs: {
        [SEND_EMAIL]: sendEmailJob({ kit, deliveries, mailer, retry, messageIdDomain: 'notification.portal' }),
        [REMINDER]: reminderJob(deps),
      },
      routes: [...inboxRoutes(app), ...bannerRoutes(app), ...preferenceRoutes(app), ...deliveryRoutes(app)],
      onStop: async () => mailer.close(),
    };
  },
};
