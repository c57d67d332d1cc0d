import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import {
  MAX_SCREENSHOT_BYTES,
  MAX_SCREENSHOT_PIXELS,
  MAX_SCREENSHOT_SIDE_PX,
  screenshotSizeAllowed,
} from '@handraise/shared';
import { encode as encodeJpeg } from 'jpeg-js';
import { decodeScreenshot } from './decode.ts';
import { downscaleRaster } from './resize.ts';
import type { Raster, Screenshot } from './screenshot.ts';
import { ScreenshotError } from './screenshot-error.ts';

/** Size aimed for, in bytes, for a 1920×1080 screen; larger screens get a proportional share. */
export const SHAREABLE_TARGET_BYTES = 300_000;

/** The screen size SHAREABLE_TARGET_BYTES is meant for, in pixels. */
const REFERENCE_PIXELS = 1920 * 1080;

/** JPEG qualities tried in order: 80 keeps small text crisp, below 50 it smears. */
export const JPEG_QUALITIES: readonly number[] = [80, 70, 60, 50];

/** Narrowest width, in pixels, the encoder shrinks to: below it, 1080p text stops being legible. */
export const MIN_SHAREABLE_WIDTH_PX = 1280;

/** Each downscale step keeps this fraction of the width. */
const DOWNSCALE_STEP = 0.8;

/** The byte size aimed for at this pixel size: a fixed budget per pixel, within the hub's limit. */
export function shareableTargetBytes(width: number, height: number): number {
  const proportional = Math.round((SHAREABLE_TARGET_BYTES * width * height) / REFERENCE_PIXELS);
  return Math.min(MAX_SCREENSHOT_BYTES, Math.max(SHAREABLE_TARGET_BYTES, proportional));
}

/** Re-encodes any captured image as a small JPEG that keeps text readable. */
export async function toShareableJpeg(image: Screenshot): Promise<Screenshot> {
  // Async so the agent's connection stays served between the CPU-heavy encode attempts.
  const raster = decodeScreenshot(image);
  const ladder = encodingLadder(raster);
  for (let step = ladder.next(); ; step = ladder.next()) {
    if (step.done) return step.value;
    await yieldToEventLoop();
  }
}

/** Encodes decoded pixels as a shareable JPEG in one go (blocks until done). */
export function encodeShareableJpeg(raster: Raster): Screenshot {
  const ladder = encodingLadder(raster);
  for (let step = ladder.next(); ; step = ladder.next()) {
    if (step.done) return step.value;
  }
}

/**
 * Tries lower qualities first, then smaller widths, and returns the first JPEG within the target;
 * yields between attempts. Failing that it settles for the smallest one within the hub's limit.
 */
function* encodingLadder(raster: Raster): Generator<void, Screenshot, void> {
  const target = shareableTargetBytes(raster.width, raster.height);
  let smallest: Screenshot | null = null;
  for (const width of candidateWidths(largestShareableWidth(raster.width, raster.height))) {
    const scaled = width === raster.width ? raster : scaleToWidth(raster, width);
    for (const quality of JPEG_QUALITIES) {
      if (smallest) yield;
      const jpeg = encodeRaster(scaled, quality);
      if (jpeg.bytes.length <= target) return jpeg;
      if (!smallest || jpeg.bytes.length < smallest.bytes.length) smallest = jpeg;
    }
  }
  if (smallest && smallest.bytes.length <= MAX_SCREENSHOT_BYTES) return smallest;
  throw new ScreenshotError(
    'too-large',
    `the screenshot stays above ${MAX_SCREENSHOT_BYTES} bytes even at ${MIN_SHAREABLE_WIDTH_PX} px wide`,
  );
}

/**
 * The widest this screen may be shared at: its own width, or less, keeping its shape, when the
 * hub would refuse its size (several large monitors side by side).
 */
export function largestShareableWidth(width: number, height: number): number {
  const scale = Math.min(
    1,
    MAX_SCREENSHOT_SIDE_PX / width,
    MAX_SCREENSHOT_SIDE_PX / height,
    Math.sqrt(MAX_SCREENSHOT_PIXELS / (width * height)),
  );
  let shareable = Math.max(1, Math.floor(width * scale));
  // The scaled height is rounded; step down the odd pixel that rounding pushes over a limit.
  while (
    shareable > 1 &&
    !screenshotSizeAllowed({ width: shareable, height: scaledHeight(width, height, shareable) })
  )
    shareable -= 1;
  return shareable;
}

/** The start width, then ever smaller steps down to the minimum (never upscaling). */
function candidateWidths(sourceWidth: number): number[] {
  const widths = [sourceWidth];
  let width = sourceWidth;
  while (width > MIN_SHAREABLE_WIDTH_PX) {
    width = Math.max(MIN_SHAREABLE_WIDTH_PX, Math.round(width * DOWNSCALE_STEP));
    widths.push(width);
  }
  return widths;
}

const scaledHeight = (width: number, height: number, toWidth: number) =>
  Math.max(1, Math.round((height * toWidth) / width));

function scaleToWidth(raster: Raster, width: number): Raster {
  return downscaleRaster(raster, width, scaledHeight(raster.width, raster.height, width));
}

function encodeRaster(raster: Raster, quality: number): Screenshot {
  const { data } = encodeJpeg(raster, quality);
  return { bytes: data, type: 'image/jpeg', width: raster.width, height: raster.height };
}
