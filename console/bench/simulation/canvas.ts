// A plain RGB drawing surface for the demo's pictures: filled rectangles, rounded panels,
// gradients and outlines are all a picture of a desktop needs.
import { encodeRgbPng } from './png.ts';

export type Colour = readonly [number, number, number];

export type Canvas = {
  readonly width: number;
  readonly height: number;
  /** Fills a rectangle, clipped to the canvas. */
  fill(x: number, y: number, width: number, height: number, colour: Colour): void;
  /** A rectangle with corners cut round by `radius` pixels. */
  rounded(
    x: number,
    y: number,
    width: number,
    height: number,
    radius: number,
    colour: Colour,
  ): void;
  /** A one-pixel frame inside the rectangle. */
  frame(x: number, y: number, width: number, height: number, colour: Colour): void;
  /** Top-to-bottom blend from `top` to `bottom` in `bands` flat stripes (as a wallpaper would). */
  gradient(
    x: number,
    y: number,
    width: number,
    height: number,
    top: Colour,
    bottom: Colour,
    bands: number,
  ): void;
  png(): Buffer;
};

const blend = (a: Colour, b: Colour, share: number): Colour => [
  Math.round(a[0] + (b[0] - a[0]) * share),
  Math.round(a[1] + (b[1] - a[1]) * share),
  Math.round(a[2] + (b[2] - a[2]) * share),
];

export function createCanvas(width: number, height: number, background: Colour): Canvas {
  const rgb = new Uint8Array(width * height * 3);
  const fill = (x: number, y: number, w: number, h: number, colour: Colour) => {
    const left = Math.max(0, Math.round(x));
    const right = Math.min(width, Math.round(x + w));
    const top = Math.max(0, Math.round(y));
    const bottom = Math.min(height, Math.round(y + h));
    if (right <= left) return;
    // One pixel set by hand, then doubled along the row: far fewer calls than pixel by pixel.
    for (let row = top; row < bottom; row++) {
      const start = (row * width + left) * 3;
      const end = (row * width + right) * 3;
      rgb[start] = colour[0];
      rgb[start + 1] = colour[1];
      rgb[start + 2] = colour[2];
      for (let done = 3; done < end - start; done *= 2) {
        rgb.copyWithin(start + done, start, start + Math.min(done, end - start - done));
      }
    }
  };
  fill(0, 0, width, height, background);
  return {
    width,
    height,
    fill,
    rounded(x, y, w, h, radius, colour) {
      for (let row = 0; row < h; row++) {
        // How far the corner's curve reaches into this row.
        const fromEdge = Math.min(row, h - 1 - row);
        const inset =
          fromEdge >= radius ? 0 : radius - Math.sqrt(radius ** 2 - (radius - fromEdge - 0.5) ** 2);
        fill(x + inset, y + row, w - 2 * inset, 1, colour);
      }
    },
    frame(x, y, w, h, colour) {
      fill(x, y, w, 1, colour);
      fill(x, y + h - 1, w, 1, colour);
      fill(x, y, 1, h, colour);
      fill(x + w - 1, y, 1, h, colour);
    },
    gradient(x, y, w, h, top, bottom, bands) {
      const band = h / bands;
      for (let i = 0; i < bands; i++) {
        fill(x, y + i * band, w, band + 1, blend(top, bottom, i / Math.max(1, bands - 1)));
      }
    },
    png: () => encodeRgbPng(width, height, rgb),
  };
}
