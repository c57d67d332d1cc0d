import type { Raster } from './screenshot.ts';

const CHANNELS = 3; // alpha is always opaque in a Raster, so only colour is averaged
const OPAQUE = 255;

/** For one axis: which source pixels cover each output pixel, and by how much. */
type AxisWeights = {
  first: Int32Array;
  count: Int32Array;
  offset: Int32Array;
  weight: Float32Array;
};

/** Shrinks a raster by area averaging: each output pixel is the mean of the area it covers. */
export function downscaleRaster(source: Raster, width: number, height: number): Raster {
  // Unlike nearest-neighbour sampling, averaging keeps thin text strokes as grey instead of
  // dropping them.
  if (width > source.width || height > source.height || width < 1 || height < 1) {
    throw new RangeError(`cannot downscale ${source.width}×${source.height} to ${width}×${height}`);
  }
  const across = axisWeights(source.width, width);
  const down = axisWeights(source.height, height);

  // Horizontal pass: every source row shrunk to the output width.
  const rows = new Float32Array(source.height * width * CHANNELS);
  for (let y = 0; y < source.height; y++) {
    const sourceRow = y * source.width * 4;
    for (let x = 0; x < width; x++) {
      const out = (y * width + x) * CHANNELS;
      const first = across.first[x] ?? 0;
      const count = across.count[x] ?? 0;
      const offset = across.offset[x] ?? 0;
      for (let k = 0; k < count; k++) {
        const w = across.weight[offset + k] ?? 0;
        const from = sourceRow + (first + k) * 4;
        for (let c = 0; c < CHANNELS; c++) {
          rows[out + c] = (rows[out + c] ?? 0) + w * (source.data[from + c] ?? 0);
        }
      }
    }
  }

  // Vertical pass: the shrunk rows combined into output rows.
  const data = new Uint8Array(width * height * 4);
  const sums = new Float32Array(width * CHANNELS);
  for (let y = 0; y < height; y++) {
    sums.fill(0);
    const first = down.first[y] ?? 0;
    const count = down.count[y] ?? 0;
    const offset = down.offset[y] ?? 0;
    for (let k = 0; k < count; k++) {
      const w = down.weight[offset + k] ?? 0;
      const rowStart = (first + k) * width * CHANNELS;
      for (let i = 0; i < sums.length; i++)
        sums[i] = (sums[i] ?? 0) + w * (rows[rowStart + i] ?? 0);
    }
    for (let x = 0; x < width; x++) {
      const out = (y * width + x) * 4;
      for (let c = 0; c < CHANNELS; c++) data[out + c] = Math.round(sums[x * CHANNELS + c] ?? 0);
      data[out + 3] = OPAQUE;
    }
  }
  return { width, height, data };
}

/** Weights of the box filter from `sourceSize` pixels to `targetSize`; each set sums to 1. */
function axisWeights(sourceSize: number, targetSize: number): AxisWeights {
  const scale = sourceSize / targetSize;
  const first = new Int32Array(targetSize);
  const count = new Int32Array(targetSize);
  const offset = new Int32Array(targetSize);
  const weights: number[] = [];
  for (let o = 0; o < targetSize; o++) {
    const start = o * scale;
    const end = Math.min(sourceSize, (o + 1) * scale);
    const from = Math.floor(start);
    const to = Math.ceil(end);
    first[o] = from;
    count[o] = to - from;
    offset[o] = weights.length;
    for (let i = from; i < to; i++) {
      weights.push((Math.min(end, i + 1) - Math.max(start, i)) / scale);
    }
  }
  return { first, count, offset, weight: Float32Array.from(weights) };
}
