import { sniffScreenshotType } from '@handraise/shared';
import { describe, expect, it } from 'vitest';
import { blurRegion } from './blur.ts';
import { decodeScreenshot } from './decode.ts';
import { SHAREABLE_TARGET_BYTES, toShareableJpeg } from './encode.ts';
import { isNear, luma, maxLocalDeviation, meanAbsoluteDifference } from './testing/pixels.ts';
import { syntheticScreen, toPngScreenshot } from './testing/synthetic-screen.ts';

/** JPEG works in 8×8 blocks: a block across the rect's edge mixes blurred and sharp pixels. */
const JPEG_BLOCK_PX = 8;

describe('blurRegion', () => {
  const screen = syntheticScreen(1920, 1080);
  const png = toPngScreenshot(screen);
  // Over the main column of fake text.
  const rect = { x: 400, y: 100, width: 600, height: 240 };
  const blurred = blurRegion(png, rect);
  const after = decodeScreenshot(blurred);

  it('returns a shareable JPEG of the same size', () => {
    expect(sniffScreenshotType(blurred.bytes)).toBe('image/jpeg');
    expect(blurred.type).toBe('image/jpeg');
    expect(blurred.bytes.length).toBeLessThan(SHAREABLE_TARGET_BYTES);
    expect(blurred).toMatchObject({ width: 1920, height: 1080 });
    expect(after).toMatchObject({ width: 1920, height: 1080 });
  });

  it('wipes out the text inside the rectangle', () => {
    let ink = 0;
    let stillDark = 0;
    for (let y = rect.y; y < rect.y + rect.height; y++) {
      for (let x = rect.x; x < rect.x + rect.width; x++) {
        if (luma(screen, x, y) >= 64) continue;
        ink++;
        if (luma(after, x, y) < 128) stillDark++;
      }
    }
    expect(ink).toBeGreaterThan(5_000);
    expect(stillDark).toBe(0);
    const inside = (x: number, y: number) => isNear(rect, 0, x, y);
    expect(meanAbsoluteDifference(screen, after, inside)).toBeGreaterThan(15);
    // Text is edges; what is left is smooth. Tiles at the border share JPEG blocks with the sharp
    // text outside, whose ringing is no secret, so one block's width is left out there.
    const interior = {
      x: rect.x + JPEG_BLOCK_PX,
      y: rect.y + JPEG_BLOCK_PX,
      width: rect.width - 2 * JPEG_BLOCK_PX,
      height: rect.height - 2 * JPEG_BLOCK_PX,
    };
    expect(maxLocalDeviation(screen, interior, 8)).toBeGreaterThan(60);
    expect(maxLocalDeviation(after, interior, 8)).toBeLessThan(4);
  });

  it('leaves everything outside the rectangle as a plain re-encode would', async () => {
    const plain = decodeScreenshot(await toShareableJpeg(png));
    const outside = (x: number, y: number) => !isNear(rect, JPEG_BLOCK_PX, x, y);
    const blurError = meanAbsoluteDifference(screen, after, outside);
    expect(blurError).toBeLessThan(4);
    expect(blurError).toBeLessThan(meanAbsoluteDifference(screen, plain, outside) + 0.5);
  });

  it('clamps a rectangle that reaches past the image', () => {
    const corner = decodeScreenshot(blurRegion(png, { x: 1800, y: 1000, width: 500, height: 500 }));
    expect(corner).toMatchObject({ width: 1920, height: 1080 });
    const inside = { x: 1800 + JPEG_BLOCK_PX, y: 1000 + JPEG_BLOCK_PX, width: 112, height: 72 };
    expect(maxLocalDeviation(corner, inside, 8)).toBeLessThan(4);
  });

  it('rejects empty, negative and outside rectangles', () => {
    expect(() => blurRegion(png, { x: 10, y: 10, width: 0, height: 10 })).toThrow(
      'the rectangle must have a positive width and height',
    );
    expect(() => blurRegion(png, { x: 10, y: 10, width: 10, height: -1 })).toThrow(RangeError);
    expect(() => blurRegion(png, { x: 1920, y: 0, width: 10, height: 10 })).toThrow(
      'lies outside the 1920×1080 image',
    );
  });
});
