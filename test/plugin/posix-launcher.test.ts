/**
 * The release's script form finds Node in the absolute PATH entries only: with an empty PATH
 * entry (the working directory) and a `node` planted there, `#!/usr/bin/env node` runs the planted
 * one; the provider's /bin/sh header runs the real Node.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// @ts-expect-error -- a build script without type declarations
import { posixScript } from '../../provider/posix-launcher.mjs';

const BODY = 'process.stdout.write(`real node ${process.argv.slice(2).join(" ")}`);\n';

let dir: string;
let repo: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'litmos-posix-launcher-'));
  repo = join(dir, 'repo');
  mkdirSync(repo);
  writeFileSync(join(repo, 'node'), '#!/bin/sh\necho planted node\n', { mode: 0o755 });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function runFromRepo(file: string, path: string): string {
  chmodSync(file, 0o755);
  const result = spawnSync(file, ['a b', 'c'], { cwd: repo, env: { PATH: path }, encoding: 'utf8' });
  return `${result.stdout}${result.stderr}`.trim();
}

const nodeDir = dirname(process.execPath);

describe('the script form of the provider', () => {
  it('is fooled by a planted node with #!/usr/bin/env node and an empty PATH entry (why it is not used)', () => {
    const file = join(dir, 'env-shebang.cjs');
    writeFileSync(file, `#!/usr/bin/env node\n${BODY}`);
    expect(runFromRepo(file, `:${nodeDir}:/usr/bin:/bin`)).toBe('planted node');
  });

  it.each([
    ['an empty entry first', `:${nodeDir}:/usr/bin:/bin`],
    ['an empty entry last', `${'/nonexistent'}::${nodeDir}:/usr/bin:/bin:`],
    ['a relative entry', `.:${nodeDir}:/usr/bin:/bin`],
  ])('runs the real node with %s and passes the arguments through', (_label, path) => {
    const file = join(dir, `posix-${path.length}.cjs`);
    writeFileSync(file, posixScript(`#!/usr/bin/env node\n${BODY}`) as string);
    expect(runFromRepo(file, path)).toBe('real node a b c');
  });
});
