import '@portal/platform/src/telemetry/start';
import { runMain } from '@portal/platform';
import { orderService } from './service';

runMain(orderService);
