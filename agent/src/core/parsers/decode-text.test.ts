import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

const text = 'Name  Id  Version\nCafé Ölbaum  x  1.0\n';

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(text, 'utf8'))).toBe(text);
    expect(
      decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])),
    ).toBe(text);
  });

  it('reads UTF-16 little-endian with or without a BOM, and big-endian with one', () => {
    expect(
      decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
    ).toBe(text);
    expect(decodeText(Buffer.from(text, 'utf16le'))).toBe(text);
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(text);
  });

  it('leaves short and empty inputs alone', () => {
    expect(decodeText(new Uint8Array())).toBe('');
    expect(decodeText(Buffer.from('ok'))).toBe('ok');
  });
});
