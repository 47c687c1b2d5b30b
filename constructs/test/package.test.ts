/**
 * What `npm pack` would publish: both builds with their type declarations, the README, and
 * nothing else (no sources, tests, scripts or generator READMEs); every `exports` target is in
 * the tarball. Needs a built lib/ (`npm run build`); skips with one visible line otherwise.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir } from './helpers.js';

interface PackEntry {
  files: { path: string }[];
}
type Conditions = Record<string, Record<string, string>>;

const built = existsSync(join(packageDir, 'lib', 'esm', 'index.js'));
if (!built) process.stderr.write('SKIP npm pack contents: constructs/lib is not built (npm run build)\n');
const describeBuilt = built ? describe : describe.skip;

describeBuilt('npm pack of @litmos-oss/cdktf-litmos', () => {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    private?: boolean;
    exports: Record<string, Conditions | string>;
    main: string;
    types: string;
  };
  let files: string[] = [];

  beforeAll(() => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: packageDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    files = (JSON.parse(out) as PackEntry[])[0]!.files.map((f) => f.path);
  });

  test('is publishable', () => {
    expect(manifest.private).toBeUndefined();
  });

  test('holds the ESM and the CommonJS build with declarations, and the README', () => {
    for (const f of [
      'package.json',
      'README.md',
      'lib/esm/index.js',
      'lib/esm/index.d.ts',
      'lib/cjs/index.js',
      'lib/cjs/index.d.ts',
      'lib/cjs/package.json',
      'lib/esm/.gen/providers/litmos/user/index.js',
      'lib/esm/self-hosted-entry.js',
      'lib/cjs/self-hosted-entry.d.ts',
      'docs/api/README.md',
    ]) {
      expect(files).toContain(f);
    }
  });

  test('holds nothing but the builds, the API reference, the README and the manifest', () => {
    const stray = files.filter(
      (f) => !/^(lib\/(esm|cjs)|docs\/api)\//.test(f) && !['package.json', 'README.md'].includes(f),
    );
    expect(stray).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  test('every exports target, main and types are in the tarball', () => {
    const targets = Object.values(manifest.exports).flatMap((e) =>
      typeof e === 'string' ? [e] : Object.values(e).flatMap((c) => Object.values(c)),
    );
    for (const t of [...targets, manifest.main, manifest.types]) {
      expect(files).toContain(t.replace(/^\.\//, ''));
    }
  });
});
