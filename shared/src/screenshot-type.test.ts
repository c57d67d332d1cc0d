import { describe, expect, it } from 'vitest';
import { sniffScreenshotType } from './screenshot-type.ts';

describe('sniffScreenshotType', () => {
  it('recognizes JPEG, PNG and WebP by their first bytes', () => {
    expect(sniffScreenshotType(new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 0]))).toBe('image/jpeg');
    expect(
      sniffScreenshotType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])),
    ).toBe('image/png');
    expect(sniffScreenshotType(new TextEncoder().encode('RIFF\x10\x00\x00\x00WEBPVP8 '))).toBe(
      'image/webp',
    );
  });

  it('refuses everything else, including truncated headers and look-alikes', () => {
    for (const text of [
      '',
      'GIF89a',
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'RIFF\x10\x00\x00\x00WAVEfmt ',
      'BM6\x00',
    ]) {
      expect(sniffScreenshotType(new TextEncoder().encode(text))).toBeNull();
    }
    expect(sniffScreenshotType(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(sniffScreenshotType(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
  });
});
