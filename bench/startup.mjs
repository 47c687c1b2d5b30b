#!/usr/bin/env node
/**
 * Start-up cost of the provider executable, as Terraform pays it on every provider launch:
 *   - time from spawning the process to its handshake line on stdout;
 *   - time of one GetProviderSchema call over real mTLS gRPC (connect included);
 * each beside the start time of a bare `node -e 0`, over several runs (medians and ratios).
 * With --sea, the same for the self-contained single executable that `npm run release` packages
 * for this platform (built into a temporary folder, or the one given), beside the script form.
 * Prints figures only; there is no pass/fail.
 *
 *   node bench/startup.mjs [--executable provider/dist/terraform-provider-litmos.mjs] [--runs 9]
 *                          [--sea [path/to/terraform-provider-litmos_v<version>]]
 */
import 'reflect-metadata';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import * as x509 from '@peculiar/x509';
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { webcrypto } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAGIC_COOKIE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const executable = resolve(
  option('--executable', join(repoRoot, 'provider/dist/terraform-provider-litmos.mjs')),
);
const runs = Number(option('--runs', '9'));
const seaIndex = process.argv.indexOf('--sea');
const seaOption =
  seaIndex > 0
    ? process.argv[seaIndex + 1]?.startsWith('--')
      ? ''
      : (process.argv[seaIndex + 1] ?? '')
    : undefined;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A client certificate like Terraform's: ECDSA P-521, self-signed, CN/SAN localhost. */
async function clientCertificate() {
  const keys = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-521' }, true, [
    'sign',
    'verify',
  ]);
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      name: 'CN=localhost, O=HashiCorp',
      notBefore: new Date(Date.now() - 30_000),
      notAfter: new Date(Date.now() + 3600_000),
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-512' },
      keys,
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.ExtendedKeyUsageExtension([
          x509.ExtendedKeyUsage.clientAuth,
          x509.ExtendedKeyUsage.serverAuth,
        ]),
        new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'localhost' }]),
      ],
    },
    webcrypto,
  );
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)).toString('base64');
  const keyPem = `-----BEGIN PRIVATE KEY-----\n${pkcs8.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END PRIVATE KEY-----\n`;
  return { certPem: cert.toString('pem'), keyPem };
}

function timeBareNode() {
  return new Promise((ok, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.on('exit', () => ok(performance.now() - start));
    child.on('error', fail);
  });
}

/** The release's single executable for this platform: built with provider/release.mjs, unzipped. */
async function releasedExecutable(dir) {
  const { release, selectTargets, unzipOneFile } = await import('../provider/release.mjs');
  const targets = selectTargets('current');
  await release({ outDir: join(dir, 'release'), targets, cacheDir: dir, offline: true });
  const zip = readdirSync(join(dir, 'release')).find((f) => f.endsWith('.zip'));
  const { name, mode, data } = unzipOneFile(readFileSync(join(dir, 'release', zip)));
  const file = join(dir, name);
  writeFileSync(file, data);
  chmodSync(file, mode);
  return file;
}

/** `command` is `[file, ...args]`: the script form runs under this node, the SEA on its own. */
function startProvider(client, command = [process.execPath, executable]) {
  return new Promise((ok, fail) => {
    const start = performance.now();
    const child = spawn(command[0], command.slice(1), {
      stdio: ['ignore', 'pipe', 'ignore'],
      env: {
        ...process.env,
        TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE,
        PLUGIN_PROTOCOL_VERSIONS: '5,6',
        PLUGIN_MIN_PORT: '10000',
        PLUGIN_MAX_PORT: '25000',
        PLUGIN_CLIENT_CERT: client.certPem,
      },
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
      const nl = out.indexOf('\n');
      if (nl >= 0) ok({ child, line: out.slice(0, nl), handshakeMs: performance.now() - start });
    });
    child.on('exit', (code) => fail(new Error(`provider exited with ${code} before its handshake`)));
  });
}

function schemaCall(provider, line, client) {
  const [, , , address, , certB64] = line.split('|');
  const padded = certB64 + '='.repeat((4 - (certB64.length % 4)) % 4);
  const serverPem = `-----BEGIN CERTIFICATE-----\n${padded.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
  const creds = grpc.credentials.createSsl(
    Buffer.from(serverPem),
    Buffer.from(client.keyPem),
    Buffer.from(client.certPem),
  );
  const options = {
    'grpc.ssl_target_name_override': 'localhost',
    'grpc.max_receive_message_length': 64 << 20,
  };
  const stub = new provider(address, creds, options);
  const start = performance.now();
  return new Promise((ok, fail) => {
    stub.GetProviderSchema({}, (err) => {
      const ms = performance.now() - start;
      stub.close();
      if (err) fail(err);
      else ok(ms);
    });
  });
}

async function main() {
  if (!existsSync(executable)) {
    process.stderr.write(
      `No executable at ${executable}: run \`npm run build\` first (or pass --executable).\n`,
    );
    process.exit(1);
  }
  const definition = protoLoader.loadSync('tfplugin6.proto', {
    includeDirs: [join(repoRoot, 'proto')],
    keepCase: true,
    longs: String,
    enums: String,
    defaults: false,
    oneofs: true,
  });
  const Provider = grpc.loadPackageDefinition(definition).tfplugin6.Provider;
  const client = await clientCertificate();

  let seaDir;
  let sea;
  if (seaOption !== undefined) {
    seaDir = mkdtempSync(join(tmpdir(), 'litmos-bench-sea-'));
    sea = seaOption ? resolve(seaOption) : await releasedExecutable(seaDir);
  }
  const forms = [['script', [process.execPath, executable]], ...(sea ? [['sea', [sea]]] : [])];

  const bare = [];
  const handshake = Object.fromEntries(forms.map(([name]) => [name, []]));
  const schema = Object.fromEntries(forms.map(([name]) => [name, []]));
  try {
    // Interleaved, so that a slow moment of the machine hits every form alike.
    for (let i = 0; i < runs; i++) {
      bare.push(await timeBareNode());
      for (const [name, command] of forms) {
        const { child, line, handshakeMs } = await startProvider(client, command);
        handshake[name].push(handshakeMs);
        schema[name].push(await schemaCall(Provider, line, client));
        child.kill('SIGKILL');
      }
    }
  } finally {
    if (seaDir) rmSync(seaDir, { recursive: true, force: true });
  }

  const b = median(bare);
  const fmt = (ms) => `${ms.toFixed(1).padStart(7)} ms`;
  console.log(`executable: ${executable}${sea ? `\nsea:        ${sea}` : ''}`);
  console.log(`runs: ${runs} (medians)`);
  console.log(`bare node -e 0                   ${fmt(b)}   1.00x`);
  for (const [name] of forms) {
    const h = median(handshake[name]);
    const s = median(schema[name]);
    const label = (text) => `${name.padEnd(6)} ${text}`.padEnd(32);
    console.log(`${label('start → handshake line')} ${fmt(h)}   ${(h / b).toFixed(2)}x bare node`);
    console.log(`${label('GetProviderSchema (mTLS)')} ${fmt(s)}   ${(s / b).toFixed(2)}x bare node`);
    console.log(`${label('handshake + schema')} ${fmt(h + s)}   ${((h + s) / b).toFixed(2)}x bare node`);
  }
  if (sea) {
    const ratio = median(handshake.sea) / median(handshake.script);
    console.log(`sea / script start → handshake    ${ratio.toFixed(2)}x`);
  }
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
