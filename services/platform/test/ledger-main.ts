// The ledger fixture as a real process, for the SIGTERM test.
import '../src/telemetry/start';
import { runMain } from '../src';
import { ledgerService } from './ledger-service';

runMain(ledgerService);
