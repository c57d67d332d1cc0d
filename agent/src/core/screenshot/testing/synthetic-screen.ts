// Test support: deterministic screen-like images, so encode and blur tests need no fixtures.
import { PNG } from 'pngjs';
import type { Raster, Screenshot } from '../screenshot.ts';

/** Glyph cell of the fake text, in pixels: about a 9 pt UI font at 96 dpi. */
const GLYPH_WIDTH_PX = 7;
const GLYPH_HEIGHT_PX = 11;
const LETTER_SPACING_PX = 1;
const LINE_PITCH_PX = 18;

/** Small fast PRNG (mulberry32): the same seed always draws the same screen. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Colour = readonly [number, number, number];

/** A desktop-like image: title bar, sidebar, page of fake text, a photo and ±`noise` grain. */
export function syntheticScreen(width: number, height: number, noise = 3, seed = 1): Raster {
  const random = seededRandom(seed);
  const data = new Uint8Array(width * height * 4);
  const fill = (x0: number, y0: number, w: number, h: number, colour: Colour) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
        data.set(colour, (y * width + x) * 4);
        data[(y * width + x) * 4 + 3] = 255;
      }
    }
  };
  fill(0, 0, width, height, [250, 250, 250]);
  fill(0, 0, width, 40, [43, 87, 154]);
  const sidebar = Math.round(width * 0.15);
  fill(0, 40, sidebar, height - 40, [235, 237, 240]);

  // Paragraphs of up to `maxLines` ragged lines with a blank line between, like a document or web page.
  const text = (x0: number, y0: number, w: number, h: number, ink: Colour, maxLines = 5) => {
    let line = y0;
    while (line + GLYPH_HEIGHT_PX <= y0 + h) {
      const lines = 1 + Math.floor(random() * maxLines);
      for (let l = 0; l < lines && line + GLYPH_HEIGHT_PX <= y0 + h; l++) {
        const end = x0 + Math.round(w * (0.6 + 0.4 * random()));
        let x = x0;
        while (x + GLYPH_WIDTH_PX <= end) {
          const wordLength = 2 + Math.floor(random() * 8);
          for (let i = 0; i < wordLength && x + GLYPH_WIDTH_PX <= end; i++) {
            glyph(x, line, ink);
            x += GLYPH_WIDTH_PX + LETTER_SPACING_PX;
          }
          x += GLYPH_WIDTH_PX; // word gap
        }
        line += LINE_PITCH_PX;
      }
      line += LINE_PITCH_PX;
    }
  };
  // A glyph: one or two vertical stems plus a few bars, like Latin letters.
  const glyph = (x: number, y: number, ink: Colour) => {
    const stems = 1 + Math.floor(random() * 2);
    for (let s = 0; s < stems; s++) {
      const sx = x + Math.floor(random() * (GLYPH_WIDTH_PX - 1));
      const top = random() < 0.3 ? 0 : 3;
      fill(sx, y + top, 1, GLYPH_HEIGHT_PX - top, ink);
    }
    for (const bar of [3, 6, 10]) {
      if (random() < 0.5) fill(x, y + bar, GLYPH_WIDTH_PX - 1, 1, ink);
    }
  };

  text(12, 14, Math.round(width * 0.2), 20, [255, 255, 255], 1);
  text(12, 60, Math.round(sidebar * 0.6), height - 80, [40, 40, 40], 1);
  text(sidebar + 40, 60, Math.round(width * 0.5), height - 80, [20, 20, 20]);

  // A photo-like panel: smooth gradient with strong grain.
  const panelX = Math.round(width * 0.6);
  const panelY = Math.round(height * 0.5);
  for (let y = panelY; y < Math.min(height, panelY + 300); y++) {
    for (let x = panelX; x < Math.min(width, panelX + 400); x++) {
      const at = (y * width + x) * 4;
      const grain = (random() - 0.5) * 60;
      data[at] = clamp(100 + (x - panelX) / 3 + grain);
      data[at + 1] = clamp(150 + (y - panelY) / 4 + grain);
      data[at + 2] = clamp(80 + grain);
    }
  }
  for (let at = 0; at < data.length; at += 4) {
    const grain = Math.round((random() * 2 - 1) * noise);
    for (let c = 0; c < 3; c++) data[at + c] = clamp((data[at + c] ?? 0) + grain);
  }
  return { width, height, data };
}

/** The raster as a PNG screenshot, like a capture tool delivers it. */
export function toPngScreenshot(raster: Raster): Screenshot {
  const png = new PNG({ width: raster.width, height: raster.height });
  png.data = Buffer.from(raster.data);
  return {
    bytes: PNG.sync.write(png),
    type: 'image/png',
    width: raster.width,
    height: raster.height,
  };
}

const clamp = (value: number) => Math.max(0, Math.min(255, Math.round(value)));
