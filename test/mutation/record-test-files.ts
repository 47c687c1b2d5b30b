/**
 * Mutation testing only (`jest.mutation.config.js`, a `setupFilesAfterEnv` file). During
 * Stryker's initial test run it records which tests each test file holds, in `.test-index/`
 * next to this file (inside Stryker's sandbox), so that `covering-test-files.js` can run only the
 * files whose tests cover a mutant instead of every file that imports the mutated module.
 * Outside Stryker, or in a mutant run, it does nothing.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';

const underStryker =
  (globalThis as { __strykerGlobalNamespace__?: unknown }).__strykerGlobalNamespace__ !== undefined;
const initialRun = process.env.__STRYKER_ACTIVE_MUTANT__ === undefined;

if (underStryker && initialRun) {
  const started = Date.now();
  const names = new Set<string>();
  beforeEach(() => {
    const name = expect.getState().currentTestName;
    if (name !== undefined) names.add(name);
  });
  afterAll(() => {
    const testPath = expect.getState().testPath;
    if (testPath === undefined) return;
    const dir = new URL('./.test-index/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    const file = `${createHash('sha256').update(testPath).digest('hex').slice(0, 16)}.json`;
    writeFileSync(
      new URL(file, dir),
      JSON.stringify({ testPath, names: [...names], ms: Date.now() - started }),
    );
  });
}
