import { MAX_SCREENSHOT_PIXELS, MAX_SCREENSHOT_SIDE_PX } from './limits.ts';
import type { ScreenshotType } from './schemas/help.ts';
import { readImageSize, type ImageSize } from './screenshot-size.ts';
import { sniffScreenshotType } from './screenshot-type.ts';

export type ScreenshotCheck =
  | { ok: true; type: ScreenshotType; width: number; height: number }
  | { ok: false; error: 'unsupported-screenshot' | 'screenshot-too-large' };

/** Whether an image of this size may be shared: each side and the pixel count within limits. */
export function screenshotSizeAllowed(size: ImageSize): boolean {
  return (
    size.width <= MAX_SCREENSHOT_SIDE_PX &&
    size.height <= MAX_SCREENSHOT_SIDE_PX &&
    size.width * size.height <= MAX_SCREENSHOT_PIXELS
  );
}

/**
 * What the hub stores and the agent queues: a JPEG, PNG or WebP (by magic bytes) whose header
 * states a size within limits. The size decides what a viewer's browser must decode, and a tiny
 * file can claim a huge one; an image without a readable size is refused as unsupported.
 */
export function checkScreenshot(bytes: Uint8Array): ScreenshotCheck {
  const type = sniffScreenshotType(bytes);
  const size = type && readImageSize(bytes);
  if (!type || !size) return { ok: false, error: 'unsupported-screenshot' };
  if (!screenshotSizeAllowed(size)) return { ok: false, error: 'screenshot-too-large' };
  return { ok: true, type, ...size };
}
