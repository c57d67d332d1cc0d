import { readImageSize, sniffScreenshotType } from '@handraise/shared';
import { decode as decodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';
import type { Raster } from './screenshot.ts';
import { ScreenshotError } from './screenshot-error.ts';

/**
 * Largest image decoded, in pixels: three 4K monitors side by side are ~25 MP, and the RGBA raster
 * of this many pixels already takes 256 MiB.
 */
export const MAX_DECODE_PIXELS = 64 * 1024 * 1024;

const MAX_DECODE_MEGAPIXELS = MAX_DECODE_PIXELS / 1_000_000;
/** jpeg-js's own bound on its working memory, in MiB; a 64 MP frame needs ~600 MiB. */
const MAX_JPEG_DECODE_MEMORY_MB = 1024;

const WHITE = 255;

/** Decodes a PNG or JPEG screenshot into opaque RGBA pixels. */
export function decodeScreenshot(image: { bytes: Uint8Array }): Raster {
  const { bytes } = image;
  const size = readImageSize(bytes);
  if (!size) throw new ScreenshotError('unreadable-image', 'the screenshot is not a PNG or JPEG');
  if (size.width * size.height > MAX_DECODE_PIXELS) {
    throw new ScreenshotError(
      'too-large',
      `the screenshot is ${size.width}×${size.height}, more than ${MAX_DECODE_PIXELS} pixels`,
    );
  }
  try {
    const raster =
      sniffScreenshotType(bytes) === 'image/png' ? decodePng(bytes) : decodeJpegBytes(bytes);
    return flattenOverWhite(raster);
  } catch (error) {
    throw new ScreenshotError('unreadable-image', 'the screenshot could not be decoded', {
      cause: error,
    });
  }
}

function decodePng(bytes: Uint8Array): Raster {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const png = PNG.sync.read(buffer);
  return { width: png.width, height: png.height, data: png.data };
}

function decodeJpegBytes(bytes: Uint8Array): Raster {
  const jpeg = decodeJpeg(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    maxResolutionInMP: MAX_DECODE_MEGAPIXELS,
    maxMemoryUsageInMB: MAX_JPEG_DECODE_MEMORY_MB,
  });
  return { width: jpeg.width, height: jpeg.height, data: jpeg.data };
}

/** JPEG has no alpha: a transparent pixel would show whatever colour it happens to hold. */
function flattenOverWhite(raster: Raster): Raster {
  const { data } = raster;
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3] ?? WHITE;
    if (alpha === WHITE) continue;
    for (let c = 0; c < 3; c++) {
      const value = data[i + c] ?? 0;
      data[i + c] = Math.round((value * alpha + WHITE * (WHITE - alpha)) / WHITE);
    }
    data[i + 3] = WHITE;
  }
  return raster;
}
