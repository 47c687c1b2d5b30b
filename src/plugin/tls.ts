/**
 * AutoMTLS: a fresh self-signed ECDSA certificate per process, on go-plugin's template
 * (CN and SAN DNS `localhost`, CA, KeyUsage digitalSignature|keyEncipherment|keyAgreement|
 * certSign, EKU clientAuth+serverAuth, NotBefore 30 s in the past in UTC). The gRPC server
 * credentials made from it are in grpc-server.ts.
 *
 * The certificate is encoded with the few DER helpers in der.ts and signed by Node's crypto: the
 * template is fixed, and building it this way costs a fraction of a general X.509 library's
 * loading at every provider launch. Key generation and signing run on libuv's thread pool.
 */
import { generateKeyPair, randomBytes, sign, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import {
  bitString,
  boolean,
  explicit,
  objectIdentifier,
  octetString,
  sequence,
  set,
  time,
  tlv,
  unsignedInteger,
  utf8String,
} from './der.js';

export interface ServerCertificate {
  readonly certificatePem: string;
  readonly certificateDer: Uint8Array;
  readonly privateKeyPem: string;
}

/** go-plugin's client validity: about 30 years. */
const VALIDITY_MS = 262_980 * 60 * 60 * 1000;
const BACKDATE_MS = 30 * 1000;
const CURVE = 'P-521';

const OID = {
  ecdsaWithSha512: '1.2.840.10045.4.3.4',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extendedKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
};

/** KeyUsage bits 0 (digitalSignature), 2 (keyEncipherment), 4 (keyAgreement), 5 (keyCertSign). */
const KEY_USAGE = bitString(Buffer.from([0b1010_1100]), 2);

const generateEcKeyPair = promisify(generateKeyPair);
const signAsync = promisify(sign);

function toPem(label: string, der: Uint8Array): string {
  const body = Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

const NAME = sequence(
  set(sequence(objectIdentifier(OID.commonName), utf8String('localhost'))),
  set(sequence(objectIdentifier(OID.organization), utf8String('terraform-provider-litmos'))),
);

function extension(oid: string, critical: boolean, value: Uint8Array): Buffer {
  return sequence(objectIdentifier(oid), ...(critical ? [boolean(true)] : []), octetString(value));
}

function tbsCertificate(serial: Uint8Array, now: Date, publicKey: KeyObject): Buffer {
  return sequence(
    explicit(0, unsignedInteger(Buffer.from([2]))), // v3
    unsignedInteger(serial),
    sequence(objectIdentifier(OID.ecdsaWithSha512)),
    NAME,
    sequence(time(new Date(now.getTime() - BACKDATE_MS)), time(new Date(now.getTime() + VALIDITY_MS))),
    NAME,
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(
      3,
      sequence(
        extension(OID.basicConstraints, true, sequence(boolean(true))),
        extension(OID.keyUsage, true, KEY_USAGE),
        extension(
          OID.extendedKeyUsage,
          false,
          sequence(objectIdentifier(OID.clientAuth), objectIdentifier(OID.serverAuth)),
        ),
        // GeneralName dNSName: [2] IMPLICIT IA5String.
        extension(OID.subjectAltName, false, sequence(tlv(0x82, Buffer.from('localhost', 'ascii')))),
      ),
    ),
  );
}

/** Makes the server's key pair and self-signed certificate (`now` is injectable for tests). */
export async function createServerCertificate(now: Date = new Date()): Promise<ServerCertificate> {
  const { publicKey, privateKey } = await generateEcKeyPair('ec', { namedCurve: CURVE });
  // A positive serial: clear the top bit of a random 16-byte value.
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const tbs = tbsCertificate(serial, now, publicKey);
  const signature = await signAsync('sha512', tbs, privateKey);
  const certificateDer = sequence(tbs, sequence(objectIdentifier(OID.ecdsaWithSha512)), bitString(signature));
  return {
    certificatePem: toPem('CERTIFICATE', certificateDer),
    certificateDer: new Uint8Array(certificateDer),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
