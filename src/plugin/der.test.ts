import { describe, expect, it } from '@jest/globals';
import { X509Certificate } from 'node:crypto';
import { bitString, objectIdentifier, octetString, time, unsignedInteger } from './der.js';
import { createServerCertificate } from './tls.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('DER encoders', () => {
  it('writes INTEGERs in their minimal form, padding a set high bit', () => {
    expect(hex(unsignedInteger(Buffer.from([0x00, 0x00, 0x7f])))).toBe('02017f');
    expect(hex(unsignedInteger(Buffer.from([0x00, 0x80])))).toBe('02020080');
    expect(hex(unsignedInteger(Buffer.from([0x80])))).toBe('02020080');
    expect(hex(unsignedInteger(Buffer.from([0x00])))).toBe('020100');
  });

  it('writes long lengths in the long form', () => {
    expect(hex(octetString(Buffer.alloc(127))).slice(0, 4)).toBe('047f');
    expect(hex(octetString(Buffer.alloc(128))).slice(0, 6)).toBe('048180');
    expect(hex(octetString(Buffer.alloc(300))).slice(0, 8)).toBe('0482012c');
  });

  it('writes object identifiers with multi-byte arcs', () => {
    expect(hex(objectIdentifier('1.2.840.10045.4.3.4'))).toBe('06082a8648ce3d040304');
    expect(hex(objectIdentifier('2.5.29.17'))).toBe('0603551d11');
  });

  it('writes UTCTime through 2049 and GeneralizedTime from 2050', () => {
    expect(Buffer.from(time(new Date(Date.UTC(2049, 11, 31, 23, 59, 59)))).toString('latin1')).toBe(
      '\x17\x0d491231235959Z',
    );
    expect(Buffer.from(time(new Date(Date.UTC(2056, 0, 2, 3, 4, 5)))).toString('latin1')).toBe(
      '\x18\x0f20560102030405Z',
    );
  });

  it('counts unused bits in a BIT STRING', () => {
    expect(hex(bitString(Buffer.from([0xac]), 2))).toBe('030202ac');
  });

  it('makes certificates that parse with a minimal serial whatever the random bytes', async () => {
    for (let i = 0; i < 20; i++) {
      const cert = new X509Certificate((await createServerCertificate()).certificatePem);
      expect(cert.serialNumber).toMatch(/^[0-9A-F]+$/);
      expect(cert.serialNumber.startsWith('00')).toBe(false);
    }
  });
});
