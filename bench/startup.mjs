#!/usr/bin/env node
/**
 * Start-up cost of the provider executable, as Terraform pays it on every provider launch:
 *   - time from spawning the process to its handshake line on stdout;
 *   - time of one GetProviderSchema call over real mTLS gRPC (connect included);
 * each beside the start time of a bare `node -e 0`, over several runs (medians and ratios).
 * Prints figures only; there is no pass/fail.
 *
 *   node bench/startup.mjs [--executable provider/dist/terraform-provider-litmos.mjs] [--runs 9]
 */
import 'reflect-metadata';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import * as x509 from '@peculiar/x509';
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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

function startProvider(client) {
  return new Promise((ok, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, [executable], {
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

  const bare = [];
  const handshake = [];
  const schema = [];
  for (let i = 0; i < runs; i++) {
    bare.push(await timeBareNode());
    const { child, line, handshakeMs } = await startProvider(client);
    handshake.push(handshakeMs);
    schema.push(await schemaCall(Provider, line, client));
    child.kill('SIGKILL');
  }

  const b = median(bare);
  const h = median(handshake);
  const s = median(schema);
  const fmt = (ms) => `${ms.toFixed(1).padStart(7)} ms`;
  console.log(`executable: ${executable}`);
  console.log(`runs: ${runs} (medians)`);
  console.log(`bare node -e 0            ${fmt(b)}   1.00x`);
  console.log(`start → handshake line    ${fmt(h)}   ${(h / b).toFixed(2)}x bare node`);
  console.log(`GetProviderSchema (mTLS)  ${fmt(s)}   ${(s / b).toFixed(2)}x bare node`);
  console.log(`handshake + schema        ${fmt(h + s)}   ${((h + s) / b).toFixed(2)}x bare node`);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
