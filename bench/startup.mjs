#!/usr/bin/env node
/**
 * Start-up cost of the provider executable, as Terraform pays it on every provider launch:
 *   - time from spawning the process to its handshake line on stdout;
 *   - time of one GetProviderSchema call over real mTLS gRPC (connect included), made as soon as
 *     the handshake line is read, and the two added up: start → first answer (gRPC and the provider
 *     load after the handshake line, so the first call waits for them);
 * each beside the start time of a bare `node -e 0`, over several runs (medians and ratios), for:
 *   script           the bundled script (`npm run build`), with the V8 code cache it carries
 *   script, no cache the same script with its code cache dropped: what a Node other than the
 *                    one that built it gets (V8 rejects the cache and compiles)
 *   script+snapshot  `node --snapshot-blob` with the snapshot `npm run build` wrote beside the
 *                    script, when it was built by this very Node (skipped otherwise)
 *   sea+snapshot     with --sea: the single executable `npm run release` packages for this platform
 *                    (built into a temporary folder with this Node, pinned for this run only, or the
 *                    one given)
 * and each of them warm (the same files launched again and again) and as a first launch (a fresh
 * copy of the files in a new folder for every run: nothing of an earlier launch can help).
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
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash, webcrypto } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { basename, dirname, join, resolve } from 'node:path';
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

/**
 * The release's single executable for this platform: built with provider/release.mjs, unzipped.
 * The release injects only pinned Node binaries; this Node is pinned for the measurement alone,
 * in a pins file of this run.
 */
async function releasedExecutable(dir) {
  const { release, selectTargets, unzipOneFile } = await import('../provider/release.mjs');
  const targets = selectTargets('current');
  const [target] = targets;
  mkdirSync(dir, { recursive: true });
  const pinsFile = join(dir, 'node-pins.json');
  const binarySha256 = createHash('sha256').update(readFileSync(process.execPath)).digest('hex');
  const pin = { archive: 'the node running this benchmark', archiveSha256: null, binarySha256 };
  writeFileSync(pinsFile, JSON.stringify({ versions: { [process.versions.node]: { [target]: pin } } }));
  const { packages } = await release({
    outDir: join(dir, 'release'),
    targets,
    cacheDir: dir,
    offline: true,
    pinsFile,
  });
  if (packages[0]?.form !== 'sea')
    throw new Error(`the release made no single executable: ${packages[0]?.note}`);
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

  const work = mkdtempSync(join(tmpdir(), 'litmos-bench-startup-'));
  try {
    const forms = await benchForms(work);
    const bare = [];
    const results = new Map(forms.map((f) => [f.name, { warm: [], first: [], schema: [], answer: [] }]));
    // Interleaved, so that a slow moment of the machine hits every form alike.
    for (let i = 0; i < runs; i++) {
      bare.push(await timeBareNode());
      for (const form of forms) {
        const result = results.get(form.name);
        const warm = await startProvider(client, form.command(form.files));
        result.warm.push(warm.handshakeMs);
        const schemaMs = await schemaCall(Provider, warm.line, client);
        result.schema.push(schemaMs);
        result.answer.push(warm.handshakeMs + schemaMs);
        warm.child.kill('SIGKILL');
        const fresh = join(work, `first-${i}-${form.name.replace(/\W+/g, '-')}`);
        const first = await startProvider(client, form.command(freshCopies(form.files, fresh)));
        result.first.push(first.handshakeMs);
        first.child.kill('SIGKILL');
        rmSync(fresh, { recursive: true, force: true });
      }
    }
    report(bare, forms, results);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Copies of `files` in a new folder `dir`, same names, same modes. */
function freshCopies(files, dir) {
  mkdirSync(dir, { recursive: true });
  return files.map((file) => {
    const copy = join(dir, basename(file));
    copyFileSync(file, copy);
    chmodSync(copy, 0o755);
    return copy;
  });
}

/** Each form: a name, the files it runs from, and the command for (copies of) those files. */
async function benchForms(work) {
  const forms = [{ name: 'script', files: [executable], command: ([f]) => [process.execPath, f] }];
  const noCache = join(work, basename(executable));
  const text = readFileSync(executable, 'utf8');
  const withoutCache = text.replace(/const BUNDLE_CODE_CACHE = "[^"]*";/, "const BUNDLE_CODE_CACHE = '';");
  if (withoutCache !== text) {
    writeFileSync(noCache, withoutCache, { mode: 0o755 });
    forms.push({ name: 'script, no code cache', files: [noCache], command: ([f]) => [process.execPath, f] });
  }
  const blob = executable.replace(/\.mjs$/, '.snapshot.blob');
  const stamp = existsSync(`${blob}.json`) ? JSON.parse(readFileSync(`${blob}.json`, 'utf8')) : undefined;
  if (stamp?.node === process.version && stamp.arch === process.arch && stamp.v8 === process.versions.v8) {
    forms.push({
      name: 'script+snapshot',
      files: [blob],
      command: ([b]) => [process.execPath, '--snapshot-blob', b],
    });
  } else {
    process.stderr.write(`no script+snapshot: no ${blob} built by ${process.version} (run npm run build)\n`);
  }
  if (seaOption !== undefined) {
    const sea = seaOption ? resolve(seaOption) : await releasedExecutable(join(work, 'sea'));
    forms.push({ name: 'sea+snapshot', files: [sea], command: ([f]) => [f] });
  }
  return forms;
}

function report(bare, forms, results) {
  const b = median(bare);
  const fmt = (ms) => `${ms.toFixed(1).padStart(7)} ms`;
  const row = (label, ms) =>
    console.log(`${label.padEnd(58)} ${fmt(ms)}   ${(ms / b).toFixed(2)}x bare node`);
  console.log(`executable: ${executable}`);
  console.log(`node: ${process.version}; runs: ${runs} of each, interleaved (medians)`);
  console.log(`${'bare node -e 0'.padEnd(58)} ${fmt(b)}   1.00x`);
  for (const form of forms) {
    const r = results.get(form.name);
    row(`${form.name}: start → handshake, warm`, median(r.warm));
    row(`${form.name}: start → handshake, first launch`, median(r.first));
    row(`${form.name}: GetProviderSchema (mTLS), warm`, median(r.schema));
    row(`${form.name}: start → first answer, warm`, median(r.answer));
  }
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
