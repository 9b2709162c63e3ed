// Imported first by every main.ts: OpenTelemetry must patch http, express and mongodb before they load, and
// dependencies' source maps must be left out before the first dependency loads (runtime/source-maps.ts).
import '../runtime/source-maps';
import { startTelemetry } from './sdk';

startTelemetry();

export { shutdownTelemetry } from './shutdown';
