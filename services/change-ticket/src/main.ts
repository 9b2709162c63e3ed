import '@portal/platform/src/telemetry/start';
import { runMain } from '@portal/platform';
import { changeTicketService } from './service';

runMain(changeTicketService);
