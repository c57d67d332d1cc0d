import {
  MAX_SCREENSHOT_BYTES,
  screenshotSizeAllowed,
  sniffScreenshotType,
} from '@handraise/shared';
import { encode } from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodeScreenshot } from './decode.ts';
import {
  largestShareableWidth,
  MIN_SHAREABLE_WIDTH_PX,
  SHAREABLE_TARGET_BYTES,
  shareableTargetBytes,
  toShareableJpeg,
} from './encode.ts';
import { ScreenshotError } from './screenshot-error.ts';
import { luma, meanAbsoluteDifference } from './testing/pixels.ts';
import { seededRandom, syntheticScreen, toPngScreenshot } from './testing/synthetic-screen.ts';

describe('toShareableJpeg', () => {
  const screen = syntheticScreen(1920, 1080);
  const png = toPngScreenshot(screen);

  it('turns a 1920×1080 PNG full of text into a JPEG under 300 KB at full size', async () => {
    const jpeg = await toShareableJpeg(png);
    expect(sniffScreenshotType(jpeg.bytes)).toBe('image/jpeg');
    expect(jpeg.type).toBe('image/jpeg');
    expect(jpeg.bytes.length).toBeLessThan(SHAREABLE_TARGET_BYTES);
    expect(jpeg).toMatchObject({ width: 1920, height: 1080 });

    // Text stays readable: nearly every ink pixel of the fake glyphs is still dark.
    const decoded = decodeScreenshot(jpeg);
    expect(decoded).toMatchObject({ width: 1920, height: 1080 });
    let ink = 0;
    let keptDark = 0;
    for (let y = 60; y < 1000; y++) {
      for (let x = 330; x < 1300; x++) {
        if (luma(screen, x, y) >= 64) continue;
        ink++;
        if (luma(decoded, x, y) < 128) keptDark++;
      }
    }
    expect(ink).toBeGreaterThan(10_000);
    expect(keptDark / ink).toBeGreaterThan(0.95);
    expect(meanAbsoluteDifference(screen, decoded)).toBeLessThan(4);
  });

  it('accepts a JPEG and leaves a small screen at its size', async () => {
    const small = syntheticScreen(800, 600);
    const jpeg = await toShareableJpeg({
      bytes: encode(small, 95).data,
      type: 'image/jpeg',
      width: 800,
      height: 600,
    });
    expect(sniffScreenshotType(jpeg.bytes)).toBe('image/jpeg');
    expect(jpeg).toMatchObject({ width: 800, height: 600 });
  });

  it('shrinks an incompressible screen, but never below the minimum width or over the limit', async () => {
    const random = seededRandom(7);
    const noise = { width: 1600, height: 900, data: new Uint8Array(1600 * 900 * 4) };
    for (let i = 0; i < noise.data.length; i++) {
      noise.data[i] = i % 4 === 3 ? 255 : Math.floor(random() * 256);
    }
    const jpeg = await toShareableJpeg(toPngScreenshot(noise));
    expect(jpeg.width).toBe(MIN_SHAREABLE_WIDTH_PX);
    expect(jpeg.height).toBe(720);
    expect(jpeg.bytes.length).toBeLessThanOrEqual(MAX_SCREENSHOT_BYTES);
    expect(decodeScreenshot(jpeg)).toMatchObject({ width: 1280, height: 720 });
  });

  it('puts transparent pixels on white, since JPEG has no alpha', async () => {
    const png = new PNG({ width: 64, height: 64 });
    png.data.fill(0); // transparent black
    const jpeg = await toShareableJpeg({
      bytes: PNG.sync.write(png),
      type: 'image/png',
      width: 64,
      height: 64,
    });
    expect(luma(decodeScreenshot(jpeg), 32, 32)).toBeGreaterThan(250);
  });

  it('lets other work run between encoding attempts', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      await toShareableJpeg(png);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(1);
  });

  it('rejects bytes that are not a PNG or JPEG', async () => {
    const attempt = toShareableJpeg({
      bytes: new TextEncoder().encode('GIF89a...'),
      type: 'image/png',
      width: 1,
      height: 1,
    });
    await expect(attempt).rejects.toBeInstanceOf(ScreenshotError);
    await expect(attempt).rejects.toMatchObject({ reason: 'unreadable-image' });
  });
});

describe('shareableTargetBytes', () => {
  it('gives 1080p and smaller screens the base budget, larger ones a proportional share', () => {
    expect(shareableTargetBytes(1920, 1080)).toBe(SHAREABLE_TARGET_BYTES);
    expect(shareableTargetBytes(1366, 768)).toBe(SHAREABLE_TARGET_BYTES);
    expect(shareableTargetBytes(3840, 1080)).toBe(2 * SHAREABLE_TARGET_BYTES);
    expect(shareableTargetBytes(30_000, 20_000)).toBe(MAX_SCREENSHOT_BYTES);
  });
});

describe('largestShareableWidth', () => {
  it('keeps screens the hub accepts at their own width', () => {
    expect(largestShareableWidth(1920, 1080)).toBe(1920);
    expect(largestShareableWidth(3 * 3840, 2160)).toBe(3 * 3840);
  });

  it('scales larger screens, keeping their shape, to a size the hub accepts', () => {
    for (const [width, height] of [
      [7680 + 3840, 4320], // an 8K and a 4K screen: 50 MP
      [4 * 5120, 1440], // four 5K ultrawides in a row: 20,480 px wide
      [1080, 20_000], // a very tall portrait stack
    ] as const) {
      const shareable = largestShareableWidth(width, height);
      const scaled = Math.max(1, Math.round((height * shareable) / width));
      expect(shareable).toBeLessThan(width);
      expect(screenshotSizeAllowed({ width: shareable, height: scaled })).toBe(true);
      // As large as allowed: one pixel wider would be refused.
      const wider = Math.round((height * (shareable + 1)) / width);
      expect(screenshotSizeAllowed({ width: shareable + 1, height: wider })).toBe(false);
    }
  });
});
