/**
 * Mutation testing only (`jest.mutation.config.js`, the `testSequencer`). Stryker runs a mutant
 * with `--findRelatedTests <mutated file>` and `-t <the tests that cover it>`; jest then still
 * loads every related test file (for src/tf that is most of the suite) just to skip its tests,
 * which made a mutant cost seconds. With the index that `record-test-files.ts` writes during
 * Stryker's initial run, this sequencer keeps only the files holding a test that matches the
 * `-t` pattern (jest's own rule: a case-insensitive regular expression over the full test name),
 * fastest first.
 * Without an index, or without a pattern, it runs what jest chose.
 */
import { readFileSync, readdirSync } from 'node:fs';
import Sequencer from '@jest/test-sequencer';

const indexDir = new URL('./.test-index/', import.meta.url);
/** Read once per Stryker worker, at its first mutant (the index is complete by then). */
/** @type {{ testPath: string, names: string[], ms: number }[] | undefined} */
let index;

/** @returns {{ testPath: string, names: string[], ms: number }[] | undefined} */
function readIndex() {
  let files;
  try {
    files = readdirSync(indexDir).filter((f) => f.endsWith('.json'));
  } catch {
    return undefined;
  }
  if (files.length === 0) return undefined;
  return files.map((f) => JSON.parse(readFileSync(new URL(f, indexDir), 'utf8')));
}

export default class CoveringTestFiles extends Sequencer {
  /** @type {string | undefined} */
  #pattern;

  /** @param {{ globalConfig: { testNamePattern?: string } }} options */
  constructor(options) {
    super(options);
    this.#pattern = options.globalConfig.testNamePattern;
  }

  /** @param {{ path: string }[]} tests */
  sort(tests) {
    if (this.#pattern === undefined || this.#pattern === '') return super.sort(tests);
    index ??= readIndex();
    if (index === undefined) return super.sort(tests);
    const pattern = new RegExp(this.#pattern, 'i');
    const covering = new Map();
    for (const file of index) {
      if (file.names.some((n) => pattern.test(n))) covering.set(file.testPath, file.ms);
    }
    // Fastest files first: the bail environment stops at the first failure.
    return super
      .sort(tests)
      .filter((t) => covering.has(t.path))
      .sort((a, b) => covering.get(a.path) - covering.get(b.path));
  }
}
