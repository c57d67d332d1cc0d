import { describe, expect, it } from 'vitest';
import { HELP_CATEGORIES, sniffScreenshotType } from '@handraise/shared';
import { PNG } from 'pngjs';
import { DEMO_SCREEN_SIZE, demoScreenshot, VARIANTS_PER_CATEGORY } from './demo-screen.ts';
import { makePng } from './png.ts';

/** A drawn screen has a few hundred colours at most; noise has about one per pixel. */
const MAX_COLOURS_PER_PIXEL = 0.01;
/** Flat areas: most pixels look like their right-hand neighbour on a screen, few in noise. */
const MIN_SAME_AS_NEIGHBOUR = 0.9;
/** Two categories' pictures differ in at least this share of pixels (window, dialog, words). */
const MIN_DIFFERENT_PIXELS = 0.05;

/** RGBA pixels, decoded by pngjs: a decoder apart from the encoder under test. */
type Raster = { width: number; height: number; data: Uint8Array };

const rgbAt = (raster: Raster, pixel: number) =>
  (raster.data[pixel * 4]! << 16) |
  (raster.data[pixel * 4 + 1]! << 8) |
  raster.data[pixel * 4 + 2]!;

function measure(raster: Raster) {
  const pixels = raster.width * raster.height;
  const colours = new Set<number>();
  let sameAsNeighbour = 0;
  for (let pixel = 0; pixel < pixels; pixel++) {
    const colour = rgbAt(raster, pixel);
    colours.add(colour);
    if (pixel % raster.width !== 0 && rgbAt(raster, pixel - 1) === colour) sameAsNeighbour++;
  }
  return { coloursPerPixel: colours.size / pixels, sameAsNeighbour: sameAsNeighbour / pixels };
}

function differentShare(a: Raster, b: Raster): number {
  let different = 0;
  for (let pixel = 0; pixel < a.width * a.height; pixel++) {
    if (rgbAt(a, pixel) !== rgbAt(b, pixel)) different++;
  }
  return different / (a.width * a.height);
}

const decode = (bytes: Uint8Array): Raster => PNG.sync.read(Buffer.from(bytes));

describe('demo screenshots', () => {
  it('are PNG screens of the expected size with flat areas and few colours, unlike noise', () => {
    for (const category of HELP_CATEGORIES) {
      const bytes = demoScreenshot(category, 1);
      expect(sniffScreenshotType(bytes)).toBe('image/png');
      const raster = decode(bytes);
      expect({ width: raster.width, height: raster.height }).toEqual(DEMO_SCREEN_SIZE);
      const figures = measure(raster);
      expect(figures.coloursPerPixel, category).toBeLessThan(MAX_COLOURS_PER_PIXEL);
      expect(figures.sameAsNeighbour, category).toBeGreaterThan(MIN_SAME_AS_NEIGHBOUR);
    }
    // The measures tell a screen from noise: the old random picture fails both.
    const noise = measure(decode(makePng(DEMO_SCREEN_SIZE.width, DEMO_SCREEN_SIZE.height)));
    expect(noise.coloursPerPixel).toBeGreaterThan(MAX_COLOURS_PER_PIXEL);
    expect(noise.sameAsNeighbour).toBeLessThan(MIN_SAME_AS_NEIGHBOUR);
  });

  it('differ by category and by request, and are the same for the same seed', () => {
    const byCategory = HELP_CATEGORIES.map((category) => decode(demoScreenshot(category, 2)));
    for (const [i, a] of byCategory.entries()) {
      for (const b of byCategory.slice(i + 1)) {
        expect(differentShare(a, b)).toBeGreaterThan(MIN_DIFFERENT_PIXELS);
      }
    }
    const first = decode(demoScreenshot('printer', 0));
    const second = decode(demoScreenshot('printer', 1));
    expect(differentShare(first, second)).toBeGreaterThan(MIN_DIFFERENT_PIXELS);
    // Drawn once per variant: the demo's many requests reuse a few dozen pictures.
    expect(demoScreenshot('printer', 3)).toBe(demoScreenshot('printer', 3 + VARIANTS_PER_CATEGORY));
  });
});
