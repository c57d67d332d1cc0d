import { describe, expect, it } from 'vitest';
import { normalizeFingerprint, shortFingerprint } from './fingerprint.ts';

const COLONS =
  'E7:5A:A6:B7:40:39:C6:04:D7:B6:16:18:19:C5:AF:F0:72:74:0E:89:B0:72:99:69:B1:DA:CA:F1:47:65:62:F7';

describe('certificate fingerprints', () => {
  it('reads one written with colons, without, in any case or with spaces', () => {
    expect(normalizeFingerprint(COLONS)).toBe(COLONS);
    expect(normalizeFingerprint(COLONS.replaceAll(':', '').toLowerCase())).toBe(COLONS);
    expect(normalizeFingerprint(COLONS.replaceAll(':', ' '))).toBe(COLONS);
  });

  it('refuses what is not a SHA-256 fingerprint', () => {
    for (const text of ['', 'E7:5A', `${COLONS}:00`, COLONS.replace('E7', 'G7')]) {
      expect(normalizeFingerprint(text)).toBeNull();
    }
  });

  it('shortens to its first and last pairs for a sentence', () => {
    expect(shortFingerprint(COLONS)).toBe('E7:5A:A6:B7…47:65:62:F7');
  });
});
