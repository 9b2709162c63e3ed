import '@portal/platform/src/telemetry/start';
import { runMain } from '@portal/platform';
import { licensingService } from './service';

runMain(licensingService);
