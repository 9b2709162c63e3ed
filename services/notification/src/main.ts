import '@portal/platform/src/telemetry/start';
import { runMain } from '@portal/platform';
import { notificationService } from './service';

runMain(notificationService);
