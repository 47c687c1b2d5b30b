/**
 * AutoMTLS: a fresh self-signed ECDSA certificate per process, on go-plugin's template
 * (CN and SAN DNS `localhost`, CA, KeyUsage digitalSignature|keyEncipherment|keyAgreement|
 * certSign, EKU clientAuth+serverAuth, NotBefore 30 s in the past in UTC), and grpc-js server
 * credentials that require the client certificate Terraform passes in `PLUGIN_CLIENT_CERT`.
 */
// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';
import * as grpc from '@grpc/grpc-js';
import * as x509 from '@peculiar/x509';
import { randomBytes, webcrypto } from 'node:crypto';

export interface ServerCertificate {
  readonly certificatePem: string;
  readonly certificateDer: Uint8Array;
  readonly privateKeyPem: string;
}

/** go-plugin's client validity: about 30 years. */
const VALIDITY_MS = 262_980 * 60 * 60 * 1000;
const BACKDATE_MS = 30 * 1000;
const KEY_ALGORITHM: webcrypto.EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-521' };
const SIGNING_ALGORITHM: webcrypto.EcdsaParams = { name: 'ECDSA', hash: 'SHA-512' };

function toPem(label: string, der: ArrayBuffer): string {
  const body = Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

/** Makes the server's key pair and self-signed certificate (`now` is injectable for tests). */
export async function createServerCertificate(now: Date = new Date()): Promise<ServerCertificate> {
  const crypto = webcrypto;
  const keys = await crypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
  // A positive serial: clear the top bit of a random 16-byte value.
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: serial.toString('hex'),
      name: 'CN=localhost, O=terraform-provider-litmos',
      notBefore: new Date(now.getTime() - BACKDATE_MS),
      notAfter: new Date(now.getTime() + VALIDITY_MS),
      signingAlgorithm: SIGNING_ALGORITHM,
      keys,
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.digitalSignature |
            x509.KeyUsageFlags.keyEncipherment |
            x509.KeyUsageFlags.keyAgreement |
            x509.KeyUsageFlags.keyCertSign,
          true,
        ),
        new x509.ExtendedKeyUsageExtension([
          x509.ExtendedKeyUsage.clientAuth,
          x509.ExtendedKeyUsage.serverAuth,
        ]),
        new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'localhost' }]),
      ],
    },
    crypto,
  );
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', keys.privateKey);
  return {
    certificatePem: certificate.toString('pem'),
    certificateDer: new Uint8Array(certificate.rawData),
    privateKeyPem: toPem('PRIVATE KEY', pkcs8),
  };
}

/** Server credentials that present `cert` and accept only clients holding `clientCertificatePem`. */
export function mutualTlsCredentials(
  cert: ServerCertificate,
  clientCertificatePem: string,
): grpc.ServerCredentials {
  return grpc.ServerCredentials.createSsl(
    Buffer.from(clientCertificatePem),
    [{ private_key: Buffer.from(cert.privateKeyPem), cert_chain: Buffer.from(cert.certificatePem) }],
    true,
  );
}
