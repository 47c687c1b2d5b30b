/**
 * A provider whose Terraform dies (kill -9: no Shutdown RPC) must not live on, reparented,
 * serving nobody. A stand-in parent launches the built provider with its output going to a file
 * (not a pipe, whose breaking would end the provider for another reason), then is killed.
 */
import { jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFakeProvider, terraformLaunchEnv, type BuiltFake } from './helpers/plugin-process.js';

jest.setTimeout(90_000);

let built: BuiltFake;
let dir: string;

beforeAll(() => {
  built = buildFakeProvider();
  dir = mkdtempSync(join(tmpdir(), 'litmos-parent-death-'));
});
afterAll(() => {
  rmSync(built.dir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

test('the provider exits by itself when its parent is killed', async () => {
  const out = join(dir, 'provider.out');
  const script = `
    const fs = require('node:fs');
    const fd = fs.openSync(${JSON.stringify(out)}, 'w');
    const child = require('node:child_process').spawn(process.execPath, [${JSON.stringify(built.executable)}], {
      stdio: ['ignore', fd, fd],
    });
    process.stdout.write(child.pid + '\\n');
    setInterval(() => undefined, 1000);
  `;
  const parent = spawn(process.execPath, ['-e', script], {
    env: terraformLaunchEnv(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const providerPid = await new Promise<number>((resolve) =>
    parent.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
  );
  try {
    expect(await waitFor(() => readFileSync(out, 'utf8').includes('|6|'), 30_000)).toBe(true);
    // Serving, and still alive well past one check of its parent.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(isAlive(providerPid)).toBe(true);

    parent.kill('SIGKILL');
    // A generous wait: the test fails only if the provider never goes away.
    expect(await waitFor(() => !isAlive(providerPid), 30_000)).toBe(true);
    expect(readFileSync(out, 'utf8')).toMatch(/parent process\) is gone/);
  } finally {
    if (isAlive(providerPid)) process.kill(providerPid, 'SIGKILL');
    parent.kill('SIGKILL');
  }
});
