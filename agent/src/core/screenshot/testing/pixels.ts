// Test support: pixel statistics for comparing decoded images.
import type { Raster } from '../screenshot.ts';
import type { Rect } from '../rect.ts';

/** Brightness (0–255) of a pixel; an average of R, G and B is enough for these tests. */
export function luma(raster: Raster, x: number, y: number): number {
  const at = (y * raster.width + x) * 4;
  return ((raster.data[at] ?? 0) + (raster.data[at + 1] ?? 0) + (raster.data[at + 2] ?? 0)) / 3;
}

/** Mean absolute brightness difference of two same-sized rasters over the pixels `where` accepts. */
export function meanAbsoluteDifference(
  a: Raster,
  b: Raster,
  where: (x: number, y: number) => boolean = () => true,
): number {
  let sum = 0;
  let count = 0;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      if (!where(x, y)) continue;
      sum += Math.abs(luma(a, x, y) - luma(b, x, y));
      count++;
    }
  }
  return count === 0 ? 0 : sum / count;
}

/** Largest brightness standard deviation over the `size`×`size` tiles of `area`. */
export function maxLocalDeviation(raster: Raster, area: Rect, size: number): number {
  let worst = 0;
  for (let top = area.y; top + size <= area.y + area.height; top += size) {
    for (let left = area.x; left + size <= area.x + area.width; left += size) {
      const values: number[] = [];
      for (let y = top; y < top + size; y++) {
        for (let x = left; x < left + size; x++) values.push(luma(raster, x, y));
      }
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
      worst = Math.max(worst, Math.sqrt(variance));
    }
  }
  return worst;
}

/** Whether (x, y) lies inside `rect` widened by `margin` pixels on every side. */
export function isNear(rect: Rect, margin: number, x: number, y: number): boolean {
  return (
    x >= rect.x - margin &&
    x < rect.x + rect.width + margin &&
    y >= rect.y - margin &&
    y < rect.y + rect.height + margin
  );
}
