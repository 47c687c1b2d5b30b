import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import * as x509 from '@peculiar/x509';
import { createPrivateKey, X509Certificate as NodeX509 } from 'node:crypto';
import { createServerCertificate } from '../../src/plugin/tls.js';

describe("the server certificate (go-plugin's template)", () => {
  const now = new Date(Date.UTC(2026, 5, 1, 12, 0, 0));
  const made = createServerCertificate(now);

  it('is for localhost in both CN and SAN', async () => {
    const cert = new x509.X509Certificate((await made).certificateDer);
    expect(cert.subject).toContain('CN=localhost');
    expect(cert.getExtension(x509.SubjectAlternativeNameExtension)?.names.toJSON()).toEqual([
      { type: 'dns', value: 'localhost' },
    ]);
  });

  it('starts 30 seconds before now, in UTC', async () => {
    const cert = new x509.X509Certificate((await made).certificateDer);
    expect(cert.notBefore.toISOString()).toBe('2026-06-01T11:59:30.000Z');
    expect(cert.notAfter.getTime()).toBeGreaterThan(now.getTime() + 10 * 365 * 24 * 3600 * 1000);
  });

  it('is a CA with the key usages and both extended key usages', async () => {
    const cert = new x509.X509Certificate((await made).certificateDer);
    expect(cert.getExtension(x509.BasicConstraintsExtension)?.ca).toBe(true);
    const usage = cert.getExtension(x509.KeyUsagesExtension)?.usages ?? 0;
    for (const flag of [
      x509.KeyUsageFlags.digitalSignature,
      x509.KeyUsageFlags.keyEncipherment,
      x509.KeyUsageFlags.keyAgreement,
      x509.KeyUsageFlags.keyCertSign,
    ]) {
      expect(usage & flag).toBe(flag);
    }
    expect(cert.getExtension(x509.ExtendedKeyUsageExtension)?.usages).toEqual(
      expect.arrayContaining([x509.ExtendedKeyUsage.clientAuth, x509.ExtendedKeyUsage.serverAuth]),
    );
  });

  it('is self-signed with an ECDSA P-521 key that matches the PEM private key', async () => {
    const { certificatePem, privateKeyPem } = await made;
    const cert = new NodeX509(certificatePem);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.publicKey.asymmetricKeyDetails?.namedCurve).toBe('secp521r1');
    expect(cert.checkPrivateKey(createPrivateKey(privateKeyPem))).toBe(true);
    expect(cert.checkHost('localhost')).toBe('localhost');
  });

  it('uses a fresh key and serial each time', async () => {
    const [a, b] = await Promise.all([made, createServerCertificate(now)]);
    expect(new NodeX509(a.certificatePem).serialNumber).not.toBe(new NodeX509(b.certificatePem).serialNumber);
    expect(a.privateKeyPem).not.toBe(b.privateKeyPem);
  });
});
