/**
 * `npm run --silent sim -- [--rpm N]`: starts the Litmos and ConductorOne simulators on free
 * ports of 127.0.0.1, prints ONE JSON line with their URLs and credentials to stdout, and serves
 * until SIGTERM or SIGINT. Nothing else goes to stdout; diagnostics go to stderr.
 */
import { startConductorOneSimulator } from './conductorone/index.js';
import { startLitmosSimulator } from './litmos/index.js';

export interface SimCliOptions {
  /** Litmos rate limit per api key. @default 100 */
  readonly requestsPerMinute?: number;
}

/** Parses `--rpm N` / `--rpm=N`; throws a TypeError for anything else. */
export function parseSimArgs(args: readonly string[]): SimCliOptions {
  let requestsPerMinute: number | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    let value: string | undefined;
    if (arg === '--rpm') {
      value = args[i + 1];
      i += 1;
    } else if (arg.startsWith('--rpm=')) {
      value = arg.slice('--rpm='.length);
    } else {
      throw new TypeError(`Unknown argument "${arg}". Usage: sim [--rpm N]`);
    }
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < 1) {
      throw new TypeError(`--rpm needs a positive integer, got "${value ?? ''}"`);
    }
    requestsPerMinute = n;
  }
  return { requestsPerMinute };
}

async function main(): Promise<void> {
  let options: SimCliOptions;
  try {
    options = parseSimArgs(process.argv.slice(2));
  } catch (e: unknown) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  }
  const litmos = await startLitmosSimulator({ requestsPerMinute: options.requestsPerMinute });
  const conductorone = await startConductorOneSimulator().catch(async (e: unknown) => {
    await litmos.close();
    throw e;
  });

  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    process.stderr.write(`sim: ${signal}, closing\n`);
    Promise.all([litmos.close(), conductorone.close()]).then(
      () => process.exit(0),
      (e: unknown) => {
        process.stderr.write(`sim: close failed: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);

  const line = {
    litmos: { baseUrl: litmos.baseUrl, apiKey: litmos.apiKey, source: litmos.source },
    conductorone: {
      serverUrl: conductorone.serverUrl,
      clientId: conductorone.clientId,
      clientSecret: conductorone.clientSecret,
    },
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`sim: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
