/**
 * Each test file keeps its request ledger (see src/litmos/budget-ledger.ts) in a directory of its
 * own: the made-up API keys of the tests are shared between files that run at the same time, and
 * a ledger shared by them would make one file wait for another's budget.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setBudgetLedgerDir } from '../src/litmos/throttle.js';

const dir = mkdtempSync(join(tmpdir(), 'litmos-ledger-test-'));
setBudgetLedgerDir(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
