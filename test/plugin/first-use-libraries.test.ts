/**
 * Answering GetProviderSchema loads none of the HTTP and Redis libraries: got, jose, ioredis and
 * rate-limiter-flexible are imported by the first request, the first ConductorOne key and the
 * shared budget's first connect (each checked here to load its library then). Terraform launches
 * the provider several times per command and most launches answer only schema and validation
 * calls. The provider runs from source in a child process that reports each npm package it
 * imports (fixtures/package-recorder.mjs), in order, between the steps of
 * fixtures/first-use-steps.ts.
 */
import { jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

jest.setTimeout(60_000);

const LAZY = ['got', 'jose', 'ioredis', 'rate-limiter-flexible'];

let ledgerDir: string;

beforeAll(() => {
  ledgerDir = mkdtempSync(join(tmpdir(), 'litmos-first-use-'));
});

afterAll(() => rmSync(ledgerDir, { recursive: true, force: true }));

/** A loopback port nothing listens on (just released). */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** Runs the fixture with `steps`; the packages loaded before the schema answer and in each step. */
async function packagesBySection(steps: string[]): Promise<Map<string, string[]>> {
  const port = await closedPort();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      './test/plugin/fixtures/package-recorder.mjs',
      'test/plugin/fixtures/first-use-steps.ts',
      ledgerDir,
      String(port),
      ...steps,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect({ code, done: stderr.includes('\ndone\n') }).toEqual({ code: 0, done: true });
  const sections = new Map<string, string[]>();
  let current = 'provider load and schema';
  for (const line of stderr.split('\n')) {
    const step = /^step (\S+)$/.exec(line)?.[1];
    if (step !== undefined) current = step;
    const name = /^package-loaded (\S+)$/.exec(line)?.[1];
    if (name !== undefined) sections.set(current, [...(sections.get(current) ?? []), name]);
    if (line.startsWith('schema answered: ')) expect(Number(line.split(' ')[2])).toBeGreaterThan(0);
  }
  return sections;
}

const lazyIn = (sections: Map<string, string[]>, section: string): string[] =>
  (sections.get(section) ?? []).filter((name) => LAZY.includes(name));

describe('libraries the first answer does not need', () => {
  it('are not loaded to answer GetProviderSchema; a Litmos request, a key and a shared budget load theirs', async () => {
    const sections = await packagesBySection(['litmos-request', 'conductorone-key', 'redis-budget']);
    expect(lazyIn(sections, 'provider load and schema')).toEqual([]);
    expect(lazyIn(sections, 'litmos-request')).toEqual(['got']);
    expect(lazyIn(sections, 'conductorone-key')).toEqual(['jose']);
    expect(lazyIn(sections, 'redis-budget').sort()).toEqual(['ioredis', 'rate-limiter-flexible']);
  });

  it('loads got at the first ConductorOne request', async () => {
    const sections = await packagesBySection(['conductorone-request']);
    expect(lazyIn(sections, 'provider load and schema')).toEqual([]);
    expect(lazyIn(sections, 'conductorone-request')).toEqual(['got']);
  });
});
