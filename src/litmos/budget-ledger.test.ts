import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FileLedger,
  MemoryLedger,
  STALE_FILE_MS,
  STALE_LOCK_MS,
  takeFrom,
  unsafeLedgerDir,
} from './budget-ledger.js';
import { keyFingerprint } from './throttle.js';

const rule = { spanMs: 1_000, limit: 3 };

describe('takeFrom', () => {
  it('grants up to the limit within the span, and says when the next unit frees', () => {
    const { sends, result } = takeFrom([100, 200], { ...rule, now: 500, wanted: 5 });
    expect(result).toEqual({ granted: 1, retryAt: 1_100 });
    expect(sends).toEqual([100, 200, 500]);
  });

  it('no longer counts sends older than the span, nor times a span in the future', () => {
    const { sends, result } = takeFrom([0, 999, 5_000], { ...rule, now: 1_000, wanted: 1 });
    expect(sends).toEqual([999, 1_000]);
    expect(result).toEqual({ granted: 1, retryAt: 1_000 });
  });

  it('grants nothing while the span is full, and the wait counts from the oldest that blocks', () => {
    const { result } = takeFrom([10, 20, 30, 40], { ...rule, now: 50, wanted: 1 });
    expect(result).toEqual({ granted: 0, retryAt: 1_020 });
  });
});

describe('MemoryLedger', () => {
  it('remembers its own sends between takes', () => {
    const ledger = new MemoryLedger();
    expect(ledger.take({ ...rule, now: 0, wanted: 2 }).granted).toBe(2);
    expect(ledger.take({ ...rule, now: 10, wanted: 2 })).toEqual({ granted: 1, retryAt: 1_000 });
  });
});

describe('FileLedger', () => {
  let dir: string;
  const fingerprint = keyFingerprint('ledger-test-key');
  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'ledger-test-')), 'budget');
  });
  afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('makes its directory for this user only and names the file by the fingerprint, never the key', () => {
    const ledger = new FileLedger({ dir, fingerprint });
    expect(ledger.take({ ...rule, now: 0, wanted: 1 })?.granted).toBe(1);
    if (process.platform !== 'win32') expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir)).toEqual([`${fingerprint}.json`]);
    expect(JSON.parse(readFileSync(join(dir, `${fingerprint}.json`), 'utf8'))).toEqual([0]);
  });

  it('counts what an earlier process spent: a second ledger on the same key gets only the rest', () => {
    expect(new FileLedger({ dir, fingerprint }).take({ ...rule, now: 0, wanted: 2 })?.granted).toBe(2);
    // The first process is gone; its sends still count until they are older than the span.
    const next = new FileLedger({ dir, fingerprint });
    expect(next.take({ ...rule, now: 500, wanted: 3 })).toEqual({ granted: 1, retryAt: 1_000 });
    expect(next.take({ ...rule, now: 1_000, wanted: 3 })?.granted).toBe(2);
  });

  it('keeps other keys apart', () => {
    new FileLedger({ dir, fingerprint }).take({ ...rule, now: 0, wanted: 3 });
    const other = new FileLedger({ dir, fingerprint: keyFingerprint('another key') });
    expect(other.take({ ...rule, now: 1, wanted: 3 })?.granted).toBe(3);
  });

  it('is busy while another process holds the lock, and breaks a lock left by a dead one', () => {
    const ledger = new FileLedger({ dir, fingerprint });
    ledger.take({ ...rule, now: 0, wanted: 1 });
    const lock = join(dir, `${fingerprint}.lock`);
    writeFileSync(lock, '');
    expect(ledger.take({ ...rule, now: 1, wanted: 1 })).toBeUndefined();
    const old = (Date.now() - STALE_LOCK_MS - 1_000) / 1000;
    utimesSync(lock, old, old);
    expect(ledger.take({ ...rule, now: 2, wanted: 1 })?.granted).toBe(1);
    expect(existsSync(lock)).toBe(false);
  });

  it('removes files untouched for an hour when it opens the directory, and keeps recent ones', () => {
    new FileLedger({ dir, fingerprint }).take({ ...rule, now: 0, wanted: 1 });
    const unused = join(dir, `${keyFingerprint('a key nobody uses any more')}.json`);
    writeFileSync(unused, '[1]');
    const old = (Date.now() - STALE_FILE_MS - 60_000) / 1000;
    utimesSync(unused, old, old);
    new FileLedger({ dir, fingerprint }).take({ ...rule, now: 1, wanted: 1 });
    expect(readdirSync(dir)).toEqual([`${fingerprint}.json`]);
  });

  it('starts again from a torn file', () => {
    const ledger = new FileLedger({ dir, fingerprint });
    ledger.take({ ...rule, now: 0, wanted: 1 });
    writeFileSync(join(dir, `${fingerprint}.json`), '[1,2');
    expect(ledger.take({ ...rule, now: 1, wanted: 3 })?.granted).toBe(3);
  });

  (process.platform === 'win32' ? it.skip : it)(
    'refuses a directory other users may open, and then budgets its own sends only',
    () => {
      const ledger = new FileLedger({ dir, fingerprint });
      ledger.take({ ...rule, now: 0, wanted: 1 });
      chmodSync(dir, 0o777);
      expect(unsafeLedgerDir(dir)).toBe('other users may open it');
      const fresh = new FileLedger({ dir, fingerprint });
      expect(fresh.take({ ...rule, now: 1, wanted: 3 })?.granted).toBe(3);
      expect(fresh.failed).toBe(true);
      expect(fresh.take({ ...rule, now: 2, wanted: 1 })?.granted).toBe(0);
    },
  );
});
