/**
 * The recorded Litmos answers in `../shared/recordings/litmos` (third-party data, read at run time,
 * never copied into the repository): `manifest.json` and one body file per answer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RecordedRequest {
  readonly method: string;
  /** Below `/v1.svc`. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body: string | null;
}

export interface RecordedResponse {
  readonly status: number;
  readonly reason: string;
  readonly contentType: string | null;
  /** The recorded Date header. */
  readonly date: string;
  readonly bodyFile: string;
  readonly bytes: number;
}

export interface Recording {
  readonly id: string;
  readonly provenance: string;
  readonly request: RecordedRequest;
  readonly response: RecordedResponse;
}

const here = dirname(fileURLToPath(import.meta.url));

/** `../shared/recordings` next to the repository (or `RECORDINGS_DIR`). */
export const RECORDINGS_DIR = process.env.RECORDINGS_DIR ?? resolve(here, '../../../shared/recordings');
export const LITMOS_RECORDINGS = join(RECORDINGS_DIR, 'litmos');
export const CONDUCTORONE_OPENAPI = join(RECORDINGS_DIR, 'conductorone', 'openapi-subset.json');

export const litmosRecordingsPresent = existsSync(join(LITMOS_RECORDINGS, 'manifest.json'));
export const conductorOneOpenApiPresent = existsSync(CONDUCTORONE_OPENAPI);

let manifest: Map<string, Recording> | undefined;

export function allRecordings(): Map<string, Recording> {
  if (manifest === undefined) {
    const parsed = JSON.parse(readFileSync(join(LITMOS_RECORDINGS, 'manifest.json'), 'utf8')) as {
      recordings: Recording[];
    };
    manifest = new Map(parsed.recordings.map((r) => [r.id, r]));
  }
  return manifest;
}

export function recording(id: string): Recording {
  const found = allRecordings().get(id);
  if (found === undefined) throw new Error(`No recording ${id} in ${LITMOS_RECORDINGS}/manifest.json`);
  return found;
}

/** The recorded body, byte for byte. */
export function recordedBody(r: Recording): Buffer {
  return readFileSync(join(LITMOS_RECORDINGS, r.response.bodyFile));
}

/** The recorded body parsed as JSON (for JSON recordings). */
export function recordedJson(id: string): unknown {
  return JSON.parse(recordedBody(recording(id)).toString('utf8')) as unknown;
}

/**
 * `describe`, or `describe.skip` with one visible line when the recordings are absent (someone
 * else's clone without `../shared`).
 */
export function describeWithRecordings(present: boolean, what: string): jest.Describe {
  if (present) return describe;
  process.stdout.write(`contract tier skipped: ${what} not found under ${RECORDINGS_DIR}\n`);
  return describe.skip;
}
