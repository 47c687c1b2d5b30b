/**
 * Makes the V8 code cache that provider/launcher.mjs carries: runs the bundled provider once the
 * way the executable does (same script text through `vm.Script`), as Terraform would launch it
 * (magic cookie, a client certificate for AutoMTLS, a TCP port on 127.0.0.1), and once the provider
 * reports it is loaded (the `litmos:provider-ready` event of provider/main.ts) writes
 * `script.createCachedData()`: the code of everything that ran, compiled. Run by provider/build.mjs:
 *
 *   node provider/code-cache-trainer.mjs <script-file> <cache-out>
 *
 * The environment it gives the provider is made here, not inherited: the cache holds compiled
 * code only, never values, but nothing of the build machine needs to reach the run.
 */
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { webcrypto } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { clearTimeout, setImmediate, setTimeout } from 'node:timers';
import vm from 'node:vm';

const READY_EVENT = 'litmos:provider-ready';
const MAGIC_COOKIE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
/** The whole run is bounded; a provider that never gets ready fails the build. */
const GIVE_UP_MS = 60_000;

async function clientCertificatePem() {
  const keys = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      name: 'CN=localhost',
      notBefore: new Date(Date.now() - 60_000),
      notAfter: new Date(Date.now() + 3_600_000),
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
      keys,
    },
    webcrypto,
  );
  return cert.toString('pem');
}

async function main() {
  const [scriptFile, out] = process.argv.slice(2).map((p) => resolve(p));
  if (!scriptFile || !out) throw new Error('usage: code-cache-trainer.mjs <script-file> <cache-out>');
  const env = {
    TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE,
    PLUGIN_PROTOCOL_VERSIONS: '6',
    // Port 0: an ephemeral port on 127.0.0.1, as the same TCP listener code path takes.
    PLUGIN_MIN_PORT: '0',
    PLUGIN_MAX_PORT: '0',
    PLUGIN_CLIENT_CERT: await clientCertificatePem(),
  };
  for (const key of Object.keys(process.env)) delete process.env[key];
  Object.assign(process.env, env);

  const script = new vm.Script(readFileSync(scriptFile, 'utf8'), { filename: scriptFile });
  const giveUp = setTimeout(() => {
    process.stderr.write('code-cache-trainer: the provider did not get ready\n');
    process.exit(1);
  }, GIVE_UP_MS);
  process.once(READY_EVENT, () =>
    setImmediate(() => {
      clearTimeout(giveUp);
      writeFileSync(out, script.createCachedData());
      process.exit(0);
    }),
  );
  const bundleModule = { exports: {} };
  script.runInThisContext()(
    bundleModule.exports,
    createRequire(scriptFile),
    bundleModule,
    scriptFile,
    dirname(scriptFile),
  );
}

main().catch((err) => {
  process.stderr.write(`code-cache-trainer: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
