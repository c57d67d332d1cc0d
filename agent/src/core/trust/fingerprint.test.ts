import { describe, expect, it } from 'vitest';
import { normalizeFingerprint } from './fingerprint.ts';

const COLONS =
  'E7:5A:A6:B7:40:39:C6:04:D7:B6:16:18:19:C5:AF:F0:72:74:0E:89:B0:72:99:69:B1:DA:CA:F1:47:65:62:F7';
const BASE64 = Buffer.from(COLONS.replaceAll(':', ''), 'hex').toString('base64');

describe('certificate fingerprints', () => {
  it('reads one written with colons, without, in any case or with spaces', () => {
    expect(normalizeFingerprint(COLONS)).toBe(COLONS);
    expect(normalizeFingerprint(COLONS.replaceAll(':', '').toLowerCase())).toBe(COLONS);
    expect(normalizeFingerprint(COLONS.replaceAll(':', ' '))).toBe(COLONS);
  });

  it('reads dashes between the pairs, and surrounding blanks', () => {
    expect(normalizeFingerprint(COLONS.replaceAll(':', '-').toLowerCase())).toBe(COLONS);
    expect(normalizeFingerprint(`  ${COLONS}\n`)).toBe(COLONS);
  });

  it("reads openssl's fingerprint line, in either version's case", () => {
    expect(normalizeFingerprint(`sha256 Fingerprint=${COLONS}`)).toBe(COLONS);
    expect(normalizeFingerprint(`SHA256 Fingerprint=${COLONS}`)).toBe(COLONS);
  });

  it('reads a SHA256: prefix before hex, or before the same hash in base64 as ssh writes it', () => {
    expect(normalizeFingerprint(`SHA256:${COLONS}`)).toBe(COLONS);
    expect(normalizeFingerprint(`sha256:${COLONS.replaceAll(':', '')}`)).toBe(COLONS);
    expect(BASE64).toMatch(/=$/);
    expect(normalizeFingerprint(`SHA256:${BASE64.replace(/=$/, '')}`)).toBe(COLONS);
    expect(normalizeFingerprint(`SHA256:${BASE64}`)).toBe(COLONS);
  });

  it('refuses what is not a SHA-256 fingerprint', () => {
    for (const text of [
      '',
      'E7:5A',
      `${COLONS}:00`,
      COLONS.replace('E7', 'G7'),
      // Base64 without its prefix is not read: too easily something else.
      BASE64,
      // A SHA-1 fingerprint, as openssl prints it by default.
      'SHA1 Fingerprint=E7:5A:A6:B7:40:39:C6:04:D7:B6:16:18:19:C5:AF:F0:72:74:0E:89',
      // 33 bytes in base64.
      `SHA256:${Buffer.alloc(33, 7).toString('base64')}`,
    ]) {
      expect(normalizeFingerprint(text)).toBeNull();
    }
  });
});
