/** The Litmos simulator: start it, then use its `baseUrl`, `apiKey` and `source` like the real API. */
export { startLitmosSimulator, type LitmosSimulator, type LitmosSimulatorOptions } from './server.js';
export { LitmosStore, toSummary, type CourseSeed, type Enrollment } from './store.js';
export { FaultController, type FaultAction, type FaultRule, type ActiveFault } from './faults.js';
export { RateLimiter, type RateLimitSettings } from './rate-limit.js';
export type { SimulatorStats } from './stats.js';
export { sentMessages, type SentMessage } from './outbox.js';
