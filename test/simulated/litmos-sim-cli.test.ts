/** `npm run sim`: src/simulators/cli.ts started as its own process. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Started {
  readonly child: ChildProcessWithoutNullStreams;
  readonly firstLine: Promise<string>;
  readonly stdout: () => string;
  readonly exited: Promise<number | null>;
}

function startCli(args: readonly string[]): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/simulators/cli.ts', ...args], { cwd: ROOT });
  let out = '';
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const newline = out.indexOf('\n');
      if (newline >= 0) resolve(out.slice(0, newline));
    });
    child.once('exit', () => reject(new Error('the simulator exited before printing its line')));
  });
  firstLine.catch(() => undefined);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, firstLine, stdout: () => out, exited };
}

interface SimLine {
  litmos: { baseUrl: string; apiKey: string; source: string };
  conductorone: { serverUrl: string; clientId: string; clientSecret: string };
}

describe('npm run sim', () => {
  it('prints one JSON line, applies --rpm, and exits 0 on SIGTERM', async () => {
    const cli = startCli(['--rpm', '3']);
    try {
      const line = JSON.parse(await cli.firstLine) as SimLine;
      expect(line.litmos.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.svc$/);
      expect(line.litmos.apiKey.length).toBeGreaterThan(20);
      expect(line.litmos.source).not.toBe('');
      expect(line.conductorone.serverUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(line.conductorone.clientId).not.toBe('');
      expect(line.conductorone.clientSecret).not.toBe('');

      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const res = await fetch(`${line.litmos.baseUrl}/teams?source=${line.litmos.source}&format=json`, {
          headers: { apikey: line.litmos.apiKey },
        });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([200, 200, 200, 503]);
    } finally {
      cli.child.kill('SIGTERM');
    }
    expect(await cli.exited).toBe(0);
    expect(cli.stdout().trim().split('\n')).toHaveLength(1);
  }, 30_000);

  it('exits 0 on SIGINT', async () => {
    const cli = startCli([]);
    await cli.firstLine;
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
  }, 30_000);

  it('refuses an unknown argument with exit code 2 and nothing on stdout', async () => {
    const cli = startCli(['--rpm', 'lots']);
    expect(await cli.exited).toBe(2);
    expect(cli.stdout()).toBe('');
  }, 30_000);
});
