// Imported first by every main.ts: OpenTelemetry must patch http, express and mongodb before they load.
import { startTelemetry } from './sdk';

startTelemetry();

export { shutdownTelemetry } from './shutdown';
