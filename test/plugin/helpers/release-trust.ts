/**
 * Trust material for release tests: a throwaway GPG key in a private keyring, and a pins file
 * that pins the node binary running the tests. The pins are test pins (the hash of whatever node
 * runs here), not official values: provider/node-pins.json is where official ones go.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayKey {
  readonly homedir: string;
  /** The key's e-mail address, usable as `--local-user`. */
  readonly key: string;
  remove(): void;
}

export function gpgAvailable(): boolean {
  return spawnSync('gpg', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Runs gpg on the throwaway keyring; throws with gpg's own message on failure. */
export function gpgIn(homedir: string, args: readonly string[]): { status: number | null; stderr: string } {
  const r = spawnSync('gpg', ['--batch', '--no-tty', '--homedir', homedir, ...args], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

/** A new Ed25519 signing key without passphrase, made with `gpg --batch --quick-gen-key`. */
export function throwawayKey(): ThrowawayKey {
  // Short path: gpg-agent's socket lives in the home directory and socket paths are limited.
  const homedir = mkdtempSync(join(tmpdir(), 'gpg-'));
  const key = `release-test-${process.pid}@example.invalid`;
  const made = gpgIn(homedir, [
    '--passphrase',
    '',
    '--quick-gen-key',
    `Release Test <${key}>`,
    'ed25519',
    'sign',
    'never',
  ]);
  if (made.status !== 0) throw new Error(`gpg --quick-gen-key failed: ${made.stderr}`);
  return {
    homedir,
    key,
    remove: () => {
      spawnSync('gpgconf', ['--homedir', homedir, '--kill', 'gpg-agent']);
      rmSync(homedir, { recursive: true, force: true });
    },
  };
}

/** The Terraform name of this platform, e.g. `linux_amd64`. */
export function currentTarget(): string {
  const os = platform() === 'win32' ? 'windows' : platform();
  const cpu = ({ x64: 'amd64', arm64: 'arm64' } as Record<string, string>)[arch()] ?? arch();
  return `${os}_${cpu}`;
}

/** A pins file (in `dir`) that pins the node binary running this process for this platform. */
export function pinsForRunningNode(dir: string): string {
  const file = join(dir, 'test-node-pins.json');
  const binarySha256 = createHash('sha256').update(readFileSync(process.execPath)).digest('hex');
  const pins = { versions: { [process.versions.node]: { [currentTarget()]: { binarySha256 } } } };
  writeFileSync(file, JSON.stringify(pins));
  return file;
}
