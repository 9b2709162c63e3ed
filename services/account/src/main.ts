import '@portal/platform/src/telemetry/start';
import { runMain } from '@portal/platform';
import { accountService } from './service';

runMain(accountService);
