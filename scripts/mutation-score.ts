/**
 * Mutation scores from Stryker's incremental results (reports/mutation/incremental.json), which keep
 * every file ever run, not only the last run's `--mutate`:
 *
 *   npm run mutation:score                          # one line per folder
 *   npm run mutation:score -- --files src/litmos    # one line per file under a prefix
 *   npm run mutation:score -- --survivors src/litmos/retry.ts   # the survivors of one file
 *
 * Score = (killed + timed out) / (killed + timed out + survived + no coverage), as Stryker counts it.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';

type Status =
  'Killed' | 'Timeout' | 'Survived' | 'NoCoverage' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: Status;
  location: { start: { line: number; column: number } };
}

interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

interface Tally {
  detected: number;
  survived: number;
  noCoverage: number;
}

const reportPath = 'reports/mutation/incremental.json';

function readReport(): Report {
  return JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
}

function tally(mutants: readonly Mutant[]): Tally {
  const t: Tally = { detected: 0, survived: 0, noCoverage: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed' || m.status === 'Timeout') t.detected += 1;
    else if (m.status === 'Survived') t.survived += 1;
    else if (m.status === 'NoCoverage') t.noCoverage += 1;
  }
  return t;
}

function line(name: string, t: Tally): string {
  const total = t.detected + t.survived + t.noCoverage;
  const score = total === 0 ? 'n/a' : `${((100 * t.detected) / total).toFixed(2)} %`;
  return `${name.padEnd(52)} ${score.padStart(9)}  (${t.detected}/${total})  survived ${t.survived}, no coverage ${t.noCoverage}`;
}

/** The folder a file is scored under: src/framework/plan/x.ts counts in src/framework. */
function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : dirname(file);
}

function groupBy(report: Report, key: (file: string) => string | undefined): Map<string, Mutant[]> {
  const groups = new Map<string, Mutant[]>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const k = key(file);
    if (k === undefined) continue;
    groups.set(k, [...(groups.get(k) ?? []), ...mutants]);
  }
  return groups;
}

function main(argv: readonly string[]): void {
  const report = readReport();
  const [mode, prefix = ''] = argv;
  if (mode === '--survivors') {
    for (const [file, { mutants }] of Object.entries(report.files)) {
      if (!file.startsWith(prefix)) continue;
      for (const m of mutants) {
        if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
        const at = `${file}:${m.location.start.line}:${m.location.start.column}`;
        console.log(`${at} ${m.status} ${m.mutatorName} ${JSON.stringify(m.replacement ?? '')}`);
      }
    }
    return;
  }
  const byFile = mode === '--files';
  const groups = groupBy(report, (file) =>
    byFile ? (file.startsWith(prefix) ? file : undefined) : folderOf(file),
  );
  for (const name of [...groups.keys()].sort()) console.log(line(name, tally(groups.get(name) ?? [])));
}

main(process.argv.slice(2));
