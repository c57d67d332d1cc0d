import { describe, expect, it } from 'vitest';
import { isChromiumVersion } from './chromium.ts';

describe('isChromiumVersion', () => {
  it('accepts dotted uint32 parts', () => {
    expect(isChromiumVersion('120.0.6099.109')).toBe(true);
    expect(isChromiumVersion('0.00004294967295')).toBe(true);
    expect(isChromiumVersion('4294967295')).toBe(true);
  });

  it('rejects empty parts, signs, overflow and a leading zero in the first part', () => {
    for (const text of ['', '1..2', '1.', '1.-1', '4294967296', '00.1', '1 .2', '１.2']) {
      expect(isChromiumVersion(text), text).toBe(false);
    }
  });
});
