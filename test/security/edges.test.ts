import { closeSharedEdges } from './edge-fixture';
import './token-attacks';
import './inputs-and-logs';

// Token attacks, input refusals and card numbers in logs, on the same five running services (one TestEnv).
afterAll(() => closeSharedEdges());
