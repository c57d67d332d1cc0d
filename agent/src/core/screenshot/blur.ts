import { decodeScreenshot } from './decode.ts';
import { encodeShareableJpeg } from './encode.ts';
import { clampRect, type Rect } from './rect.ts';
import type { Raster, Screenshot } from './screenshot.ts';

/**
 * Smallest mosaic block, in pixels: taller than a line of 1080p text, so each block averages whole
 * characters away rather than tracing their shapes.
 */
export const MIN_BLOCK_PX = 24;

/** Screens wider than 1920 px get proportionally larger blocks (their text is larger too). */
const BLOCKS_PER_SCREEN_WIDTH = 80;

const CHANNELS = 3;

/** Obscures `rect` (clamped to the image) for good and returns the image as a shareable JPEG. */
export function blurRegion(image: Screenshot, rect: Rect): Screenshot {
  const raster = decodeScreenshot(image);
  // Throws a RangeError for an empty or negative rectangle, or one outside the image.
  const area = clampRect(rect, raster.width, raster.height);
  const block = Math.max(MIN_BLOCK_PX, Math.ceil(raster.width / BLOCKS_PER_SCREEN_WIDTH));
  pixelate(raster, area, block);
  // Pixelation is what destroys the text: one mean colour per block survives. The blur then hides
  // the block grid, so even those means cannot be read off and matched against a font (as Depix
  // does with small mosaics).
  boxBlur(raster, area, Math.ceil(block / 2));
  return encodeShareableJpeg(raster);
}

/** Replaces each block of `area` with its mean colour; blocks start at the area's corner. */
function pixelate(raster: Raster, area: Rect, block: number): void {
  const { data, width } = raster;
  const right = area.x + area.width;
  const bottom = area.y + area.height;
  for (let top = area.y; top < bottom; top += block) {
    const blockBottom = Math.min(bottom, top + block);
    for (let left = area.x; left < right; left += block) {
      const blockRight = Math.min(right, left + block);
      const sums = [0, 0, 0];
      for (let y = top; y < blockBottom; y++) {
        for (let x = left; x < blockRight; x++) {
          const at = (y * width + x) * 4;
          for (let c = 0; c < CHANNELS; c++) sums[c] = (sums[c] ?? 0) + (data[at + c] ?? 0);
        }
      }
      const count = (blockBottom - top) * (blockRight - left);
      const mean = sums.map((sum) => Math.round(sum / count));
      for (let y = top; y < blockBottom; y++) {
        for (let x = left; x < blockRight; x++) {
          const at = (y * width + x) * 4;
          for (let c = 0; c < CHANNELS; c++) data[at + c] = mean[c] ?? 0;
        }
      }
    }
  }
}

/** Box blur of `area` in place, rows then columns; only pixels inside the area are averaged. */
function boxBlur(raster: Raster, area: Rect, radius: number): void {
  const { width } = raster;
  for (let y = area.y; y < area.y + area.height; y++) {
    blurLine(raster.data, (y * width + area.x) * 4, 4, area.width, radius);
  }
  for (let x = area.x; x < area.x + area.width; x++) {
    blurLine(raster.data, (area.y * width + x) * 4, width * 4, area.height, radius);
  }
}

/** Averages each of `length` pixels (spaced `stride` bytes apart) with its `radius` neighbours. */
function blurLine(
  data: Uint8Array,
  start: number,
  stride: number,
  length: number,
  radius: number,
): void {
  const prefix = new Float64Array((length + 1) * CHANNELS);
  for (let i = 0; i < length; i++) {
    for (let c = 0; c < CHANNELS; c++) {
      prefix[(i + 1) * CHANNELS + c] =
        (prefix[i * CHANNELS + c] ?? 0) + (data[start + i * stride + c] ?? 0);
    }
  }
  for (let i = 0; i < length; i++) {
    const from = Math.max(0, i - radius);
    const to = Math.min(length, i + radius + 1);
    for (let c = 0; c < CHANNELS; c++) {
      const sum = (prefix[to * CHANNELS + c] ?? 0) - (prefix[from * CHANNELS + c] ?? 0);
      data[start + i * stride + c] = Math.round(sum / (to - from));
    }
  }
}
