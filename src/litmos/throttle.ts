/**
 * One request budget per API key for the whole process. Terraform runs up to ten operations at
 * once and each may build its own client; they must all draw on the same budget, because Litmos
 * counts requests per key. The registry is keyed by a SHA-256 hash of the key, never the key.
 */
import { createHash } from 'node:crypto';
import pThrottle from 'p-throttle';

export interface ThrottleSettings {
  /** Requests allowed per interval. @default 100 */
  readonly requestsPerInterval: number;
  /** @default 60_000 (one minute) */
  readonly intervalMs: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = { requestsPerInterval: 100, intervalMs: 60_000 };

interface Entry {
  readonly settings: ThrottleSettings;
  readonly acquire: (() => Promise<void>) & { readonly queueSize: number };
  readonly controller: AbortController;
}

const registry = new Map<string, Entry>();

export function keyFingerprint(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('hex');
}

/**
 * The shared gate for this key: await it before each HTTP attempt. The first caller's settings
 * win; later callers with the same key share that budget (their own settings are ignored).
 */
export function requestGateFor(
  apiKey: string,
  settings: ThrottleSettings = DEFAULT_THROTTLE,
): () => Promise<void> {
  const id = keyFingerprint(apiKey);
  let entry = registry.get(id);
  if (entry === undefined) {
    const controller = new AbortController();
    const throttle = pThrottle({
      limit: settings.requestsPerInterval,
      interval: settings.intervalMs,
      signal: controller.signal,
    });
    const acquire = throttle(async () => undefined);
    entry = { settings, acquire, controller };
    registry.set(id, entry);
  }
  return entry.acquire;
}

/** Requests of this key waiting for budget (0 when the key has no gate yet). */
export function queuedRequests(apiKey: string): number {
  return registry.get(keyFingerprint(apiKey))?.acquire.queueSize ?? 0;
}

/** The settings in force for this key, if a gate exists. */
export function throttleSettingsFor(apiKey: string): ThrottleSettings | undefined {
  return registry.get(keyFingerprint(apiKey))?.settings;
}

/** Drops every gate, rejecting calls still waiting. For tests and process shutdown. */
export function resetRequestGates(): void {
  for (const entry of registry.values()) entry.controller.abort(new Error('Litmos request gate was reset'));
  registry.clear();
}
