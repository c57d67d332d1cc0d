import { describe, expect, it } from 'vitest';
import { MAX_SCREENSHOT_PIXELS, MAX_SCREENSHOT_SIDE_PX } from './limits.ts';
import { checkScreenshot, screenshotSizeAllowed } from './screenshot-check.ts';
import { readImageSize } from './screenshot-size.ts';
import {
  jpegHeader,
  pngHeader,
  webpExtendedHeader,
  webpLosslessHeader,
  webpLossyHeader,
} from './testing/image-headers.ts';

const png = pngHeader;
const jpeg = (width: number, height: number, options: { marker?: number } = {}) =>
  jpegHeader(width, height, options.marker);
const vp8 = webpLossyHeader;
const vp8l = webpLosslessHeader;
const vp8x = webpExtendedHeader;
const webp = (chunk: string, data: number[]) => {
  const header = webpLossyHeader(1, 1);
  const bytes = new Uint8Array(20 + data.length);
  bytes.set(header.subarray(0, 12), 0);
  bytes.set(
    [...chunk].map((c) => c.charCodeAt(0)),
    12,
  );
  bytes.set(data, 20);
  return bytes;
};

describe('readImageSize', () => {
  it('reads PNG IHDR', () => {
    expect(readImageSize(png(1920, 1080))).toEqual({ width: 1920, height: 1080 });
    expect(readImageSize(png(16_000, 16_000))).toEqual({ width: 16_000, height: 16_000 });
  });

  it('reads the JPEG frame header past other segments and fill bytes, for every SOF kind', () => {
    expect(readImageSize(jpeg(1366, 768))).toEqual({ width: 1366, height: 768 });
    // Progressive (SOF2) and arithmetic-coded (SOF9) frames carry the size the same way.
    expect(readImageSize(jpeg(640, 480, { marker: 0xc2 }))).toEqual({ width: 640, height: 480 });
    expect(readImageSize(jpeg(65_535, 3, { marker: 0xc9 }))).toEqual({ width: 65_535, height: 3 });
  });

  it('reads WebP lossy, lossless and extended headers', () => {
    expect(readImageSize(vp8(1280, 720))).toEqual({ width: 1280, height: 720 });
    expect(readImageSize(vp8l(16_384, 1))).toEqual({ width: 16_384, height: 1 });
    expect(readImageSize(vp8x(16_000, 16_000))).toEqual({ width: 16_000, height: 16_000 });
  });

  it('answers null when the header is missing, cut short or states no size', () => {
    expect(readImageSize(new Uint8Array())).toBeNull();
    expect(readImageSize(png(100, 100).subarray(0, 20))).toBeNull();
    expect(readImageSize(png(100, 100, 'tEXt'))).toBeNull();
    expect(readImageSize(png(0, 100))).toBeNull();
    // A JPEG whose frame header would follow the scan, or never comes.
    expect(readImageSize(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2, 1, 2]))).toBeNull();
    expect(readImageSize(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
    expect(readImageSize(jpeg(100, 100).subarray(0, 30))).toBeNull();
    // Height 0: the size is given later by a DNL marker, which the hub does not look for.
    expect(readImageSize(jpeg(100, 0))).toBeNull();
    // A segment that is not a marker where one must be.
    expect(readImageSize(new Uint8Array([0xff, 0xd8, 0x00, 0x00, 0x00]))).toBeNull();
    expect(readImageSize(vp8(100, 100).subarray(0, 26))).toBeNull();
    expect(readImageSize(webp('VP8 ', [0, 0, 0, 1, 2, 3, 0, 1, 0, 1]))).toBeNull();
    expect(readImageSize(webp('VP8L', [0x00, 0, 0, 0, 0]))).toBeNull();
    expect(readImageSize(webp('ALPH', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeNull();
  });

  it('ends on any bytes, however malformed', () => {
    // Segment lengths of 0 and 1 must still move forward; fill bytes run to the end.
    const zeroLengths = new Uint8Array([0xff, 0xd8, ...Array.from({ length: 64 }, () => 0xff)]);
    expect(readImageSize(zeroLengths)).toBeNull();
    const tiny = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0, 0, 0xff, 0xe1, 0, 1, 0xff, 0xe1]);
    expect(readImageSize(tiny)).toBeNull();
  });
});

describe('checkScreenshot', () => {
  it('accepts real screen sizes, up to three 4K screens side by side', () => {
    expect(checkScreenshot(jpeg(1920, 1080))).toEqual({
      ok: true,
      type: 'image/jpeg',
      width: 1920,
      height: 1080,
    });
    expect(checkScreenshot(png(3 * 3840, 2160))).toMatchObject({ ok: true, type: 'image/png' });
    expect(checkScreenshot(vp8x(7680, 4320))).toMatchObject({ ok: true, type: 'image/webp' });
  });

  it('refuses a size past a side or the pixel count as screenshot-too-large', () => {
    const tooLarge = { ok: false, error: 'screenshot-too-large' };
    expect(checkScreenshot(png(16_000, 16_000))).toEqual(tooLarge);
    expect(checkScreenshot(png(MAX_SCREENSHOT_SIDE_PX + 1, 10))).toEqual(tooLarge);
    expect(checkScreenshot(jpeg(10, MAX_SCREENSHOT_SIDE_PX + 1))).toEqual(tooLarge);
    expect(checkScreenshot(vp8x(10_000, 5_000))).toEqual(tooLarge);
    expect(checkScreenshot(vp8l(16_384, 16_384))).toEqual(tooLarge);
  });

  it('refuses what is not an image, or an image without a readable size, as unsupported', () => {
    const unsupported = { ok: false, error: 'unsupported-screenshot' };
    expect(checkScreenshot(new TextEncoder().encode('GIF89a'))).toEqual(unsupported);
    expect(checkScreenshot(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0]))).toEqual(
      unsupported,
    );
  });

  it('draws the line exactly at the limits', () => {
    expect(screenshotSizeAllowed({ width: MAX_SCREENSHOT_SIDE_PX, height: 1 })).toBe(true);
    expect(screenshotSizeAllowed({ width: MAX_SCREENSHOT_SIDE_PX + 1, height: 1 })).toBe(false);
    const side = Math.floor(Math.sqrt(MAX_SCREENSHOT_PIXELS));
    expect(screenshotSizeAllowed({ width: side, height: side })).toBe(true);
    expect(screenshotSizeAllowed({ width: side + 1, height: side + 1 })).toBe(false);
  });
});
