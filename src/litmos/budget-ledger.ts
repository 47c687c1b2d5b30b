/**
 * The ledger of requests sent with one API key: when each was sent, for the last window. Litmos
 * counts requests per key, not per process, and Terraform runs plan and apply (and every other
 * command) in separate provider processes, so a budget kept in one process's memory lets each new
 * process spend a whole window's worth again while Litmos still counts the previous one's.
 *
 * `FileLedger` keeps the record where every provider process of this user on this machine finds
 * it: one small file per key, `<sha-256 of the key>.json` (a JSON array of send times in epoch
 * milliseconds, nothing else), in a directory only this user may use (mode 0700, checked before
 * use). A process takes budget under a lock file (`<sha-256>.lock`, made with O_EXCL and removed at
 * once; a lock older than a few seconds is a crashed process's and is broken), so two processes
 * never spend the same unit. Sends of processes that have exited keep counting until they are
 * older than the window, because Litmos keeps counting them too; older ones are dropped on write.
 * Files untouched for an hour (keys no longer used) are removed when a process opens the directory.
 *
 * Any failure of the file system (a directory another user owns, a read-only disk) turns the
 * ledger into `MemoryLedger` for the rest of the process, with one warning: the process then
 * budgets its own requests only, as it did before the ledger existed.
 */
import {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getLogger } from '../log.js';

export interface TakeRequest {
  /** The time of the sends to record, epoch milliseconds. */
  readonly now: number;
  /** Sends older than this many milliseconds no longer count. */
  readonly spanMs: number;
  /** Most sends counted within `spanMs`. */
  readonly limit: number;
  /** How many sends the caller would like to make now. */
  readonly wanted: number;
}

export interface TakeResult {
  /** Sends recorded at `now` (0 to `wanted`). */
  readonly granted: number;
  /** When fewer than wanted were granted: the earliest time another may be. */
  readonly retryAt: number;
}

export interface BudgetLedger {
  /**
   * Records up to `wanted` sends at `now`, as many as keep the sends within `spanMs` at `limit` or
   * fewer. `undefined` when the ledger is busy (another process is taking): ask again shortly.
   */
  take(request: TakeRequest): TakeResult | undefined;
}

/**
 * The pure rule: from the recorded send times, the ones that still count, and what a take grants.
 * Times more than a span in the future (a clock set back) are dropped rather than counted forever.
 */
export function takeFrom(
  sends: readonly number[],
  { now, spanMs, limit, wanted }: TakeRequest,
): { readonly sends: number[]; readonly result: TakeResult } {
  const kept = sends.filter((t) => t > now - spanMs && t <= now + spanMs).sort((a, b) => a - b);
  const granted = Math.max(0, Math.min(wanted, limit - kept.length));
  for (let i = 0; i < granted; i += 1) kept.push(now);
  // The next send fits once all but `limit - 1` of the counted sends are older than the span.
  const blocking = kept[kept.length - limit];
  const retryAt = blocking === undefined ? now : Math.max(now + 1, blocking + spanMs);
  return { sends: kept, result: { granted, retryAt } };
}

/** The ledger of this process alone. */
export class MemoryLedger implements BudgetLedger {
  #sends: number[] = [];

  take(request: TakeRequest): TakeResult {
    const { sends, result } = takeFrom(this.#sends, request);
    this.#sends = sends;
    return result;
  }
}

/** A lock file older than this was left by a process that died while holding it. */
export const STALE_LOCK_MS = 5_000;

/**
 * Files of the directory untouched for this long (ledgers of keys no longer used, the leftovers of
 * a crash) are removed by the next process that opens the directory.
 */
export const STALE_FILE_MS = 60 * 60_000;

/**
 * The default directory: `<os temp dir>/terraform-provider-litmos-<uid>` (without the uid where
 * the platform has none, e.g. Windows, whose temp directory is per user already).
 */
export function defaultLedgerDir(): string {
  const uid = process.getuid?.();
  return join(tmpdir(), uid === undefined ? 'terraform-provider-litmos' : `terraform-provider-litmos-${uid}`);
}

/** Why `dir` must not be used, or undefined when it is a directory only this user can enter. */
export function unsafeLedgerDir(dir: string): string | undefined {
  const stat = lstatSync(dir);
  if (!stat.isDirectory()) return 'it is not a directory';
  const uid = process.getuid?.();
  if (uid !== undefined && stat.uid !== uid) return 'another user owns it';
  if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) return 'other users may open it';
  return undefined;
}

export interface FileLedgerOptions {
  /** @default defaultLedgerDir() */
  readonly dir?: string;
  /** Names the files; the SHA-256 fingerprint of the key, never the key. */
  readonly fingerprint: string;
}

export class FileLedger implements BudgetLedger {
  readonly #dir: string;
  readonly #file: string;
  readonly #lock: string;
  /** This process's own sends, used alone once the files failed. */
  readonly #own = new MemoryLedger();
  #ready = false;
  #failed = false;

  constructor(options: FileLedgerOptions) {
    this.#dir = options.dir ?? defaultLedgerDir();
    this.#file = join(this.#dir, `${options.fingerprint}.json`);
    this.#lock = join(this.#dir, `${options.fingerprint}.lock`);
  }

  /** Whether the files failed and this process now budgets its own requests only. */
  get failed(): boolean {
    return this.#failed;
  }

  take(request: TakeRequest): TakeResult | undefined {
    if (this.#failed) return this.#own.take(request);
    try {
      this.#prepare();
      if (!this.#tryLock()) return undefined;
      try {
        const { sends, result } = takeFrom(this.#read(), request);
        if (result.granted > 0) this.#write(sends);
        this.#own.take({ ...request, wanted: result.granted, limit: Number.MAX_SAFE_INTEGER });
        return result;
      } finally {
        unlinkSync(this.#lock);
      }
    } catch (e: unknown) {
      this.#failed = true;
      getLogger()
        .child('litmos')
        .warn('Litmos request ledger unavailable; budgeting this process only', {
          dir: this.#dir,
          reason: e instanceof Error ? e.message : String(e),
        });
      return this.#own.take(request);
    }
  }

  #prepare(): void {
    if (this.#ready) return;
    try {
      mkdirSync(this.#dir, { mode: 0o700 });
    } catch (e: unknown) {
      if (!isCode(e, 'EEXIST')) throw e;
    }
    const unsafe = unsafeLedgerDir(this.#dir);
    if (unsafe !== undefined) throw new Error(`${this.#dir} is not safe to use: ${unsafe}`);
    this.#ready = true;
    removeStaleFiles(this.#dir, Date.now() - STALE_FILE_MS);
  }

  #tryLock(): boolean {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        closeSync(openSync(this.#lock, 'wx', 0o600));
        return true;
      } catch (e: unknown) {
        if (!isCode(e, 'EEXIST')) throw e;
      }
      let age: number;
      try {
        age = Date.now() - statSync(this.#lock).mtimeMs; // file times are real time
      } catch (e: unknown) {
        if (isCode(e, 'ENOENT')) continue; // released meanwhile: try again
        throw e;
      }
      if (age < STALE_LOCK_MS) return false;
      try {
        unlinkSync(this.#lock);
      } catch (e: unknown) {
        if (!isCode(e, 'ENOENT')) throw e;
      }
    }
    return false;
  }

  #read(): number[] {
    let text: string;
    try {
      text = readFileSync(this.#file, 'utf8');
    } catch (e: unknown) {
      if (isCode(e, 'ENOENT')) return [];
      throw e;
    }
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed.filter((t): t is number => Number.isFinite(t)) : [];
    } catch {
      return []; // A torn or foreign file: start again rather than fail.
    }
  }

  #write(sends: readonly number[]): void {
    const temp = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(sends), { mode: 0o600 });
    renameSync(temp, this.#file);
  }
}

/** Removes the files of `dir` last changed before `before`; a file that cannot be removed stays. */
export function removeStaleFiles(dir: string, before: number): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (statSync(path).mtimeMs < before) unlinkSync(path);
    } catch {
      // Removed by another process meanwhile, or not ours to remove: either way, not needed.
    }
  }
}

function isCode(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}
