/**
 * The Litmos connector's configuration, in and out of the API's EnvConfig envelope, so the
 * resource layer deals only in `{source, apiKey, courseIds}`.
 *
 * Wire rules (from the official provider): `litmos_source` and `litmos_api_key` are sent when
 * set; `litmos_course_ids` joined with ",". Reading back yields the source and course IDs only:
 * the API key is write-only.
 *
 * Updates must be right whether ConductorOne merges `configuration` key by key (a key left out
 * is kept, `{"stringValue": ""}` deletes it: facts §2.6, INFERENCE for Litmos) or replaces it
 * whole (a key left out is gone). So an update sends every key it manages: the course list as
 * `""` when it is empty (deleted under per-key merging, stored empty under replacement; either
 * way every course syncs), and the key whenever the caller has it.
 */
import type { EnvConnectorConfig, StringConfigValue } from './types.js';

export const LITMOS_CATALOG_ID = '2hnQvHSa8dS1hipSjquuvwvf5vG';
export const ENV_CONFIG_TYPE = 'type.googleapis.com/c1.api.app.v1.EnvConfig';
/** The display name the official provider always sends for a Litmos connector. */
export const LITMOS_DISPLAY_NAME = 'Litmos';

export const LITMOS_CONFIG_KEYS = {
  source: 'litmos_source',
  apiKey: 'litmos_api_key',
  courseIds: 'litmos_course_ids',
} as const;

export interface LitmosConnectorSettings {
  /** The Litmos account name ("source"). */
  readonly source?: string;
  /** The Litmos API key. Sent, never read back. */
  readonly apiKey?: string;
  /** Courses to sync; empty or absent means all courses. */
  readonly courseIds?: readonly string[];
}

/** What the API tells about a Litmos connector's configuration. */
export interface LitmosConnectorReadBack {
  readonly source?: string;
  /** Present only when the server holds a course list. */
  readonly courseIds?: readonly string[];
}

/**
 * The EnvConfig envelope for `settings`, or `undefined` when nothing is set. A create leaves an
 * empty course list out (nothing stored yet); an update (`for: 'update'`) sends it as `""` so a
 * cleared list is cleared on the server too.
 */
export function buildLitmosConnectorConfig(
  settings: LitmosConnectorSettings,
  options: { readonly for?: 'create' | 'update' } = {},
): EnvConnectorConfig | undefined {
  const configuration: Record<string, StringConfigValue> = {};
  if (settings.source !== undefined)
    configuration[LITMOS_CONFIG_KEYS.source] = { stringValue: settings.source };
  if (settings.apiKey !== undefined)
    configuration[LITMOS_CONFIG_KEYS.apiKey] = { stringValue: settings.apiKey };
  const courses = settings.courseIds ?? [];
  if (courses.length > 0 || (options.for === 'update' && Object.keys(configuration).length > 0)) {
    configuration[LITMOS_CONFIG_KEYS.courseIds] = { stringValue: courses.join(',') };
  }
  if (Object.keys(configuration).length === 0) return undefined;
  return { '@type': ENV_CONFIG_TYPE, configuration };
}

/**
 * Reads source and course IDs from a connector's `config`. Anything that is not an EnvConfig,
 * or a key without a string value, is treated as absent. Course IDs are split on ",", trimmed,
 * and blanks dropped.
 */
export function parseLitmosConnectorConfig(config: unknown): LitmosConnectorReadBack {
  if (!isRecord(config) || config['@type'] !== ENV_CONFIG_TYPE || !isRecord(config.configuration)) return {};
  const values = config.configuration;
  const source = stringValueOf(values[LITMOS_CONFIG_KEYS.source]);
  const joined = stringValueOf(values[LITMOS_CONFIG_KEYS.courseIds]);
  const courseIds = joined
    ?.split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return {
    ...(source === undefined ? {} : { source }),
    ...(courseIds === undefined ? {} : { courseIds }),
  };
}

/** `{stringValue: "x"}` → "x"; older servers sent plain strings, which are accepted too. */
function stringValueOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value.stringValue === 'string') return value.stringValue;
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
