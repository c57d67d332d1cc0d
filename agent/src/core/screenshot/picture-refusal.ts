// Why a picture cannot go with a help request, in words for the person sending it. Checked before
// the request is saved, so that nobody waits for a refusal that is certain.
import {
  checkScreenshot,
  MAX_SCREENSHOT_BYTES,
  MAX_SCREENSHOT_PIXELS,
  MAX_SCREENSHOT_SIDE_PX,
  readImageSize,
} from '@handraise/shared';

const BYTES_PER_MB = 1024 * 1024;
const PIXELS_PER_MILLION = 1_000_000;

/** What to do instead, after every refusal. */
const INSTEAD = 'Send it without the picture, or take a smaller one.';

const count = (n: number) => n.toLocaleString('en');

/**
 * Bytes as a file manager shows them: "36 MB", or "4.1 MB" below 10 MB, rounded up there so that
 * a picture just past the limit never reads as the limit itself.
 */
export function megabytes(bytes: number): string {
  const value = bytes / BYTES_PER_MB;
  const shown = value < 10 ? Math.ceil(value * 10) / 10 : Math.round(value);
  return `${count(shown)} MB`;
}

/** Why a picture file of `bytes` cannot be sent, or null if its size is fine. */
export function pictureFileRefusal(bytes: number): string | null {
  if (bytes === 0)
    return 'The picture file is empty. Send the request without it, or choose another one.';
  if (bytes <= MAX_SCREENSHOT_BYTES) return null;
  return `The picture is too big to send (${megabytes(bytes)}; the limit is ${megabytes(MAX_SCREENSHOT_BYTES)}). ${INSTEAD}`;
}

/** Why the hub would refuse this picture (its type, or the size its header states), or null. */
export function screenshotRefusal(bytes: Uint8Array): string | null {
  const check = checkScreenshot(bytes);
  if (check.ok) return null;
  const size = readImageSize(bytes);
  if (check.error === 'unsupported-screenshot' || !size)
    return 'The picture cannot be sent: it must be a JPEG, PNG or WebP image. Send the request without it, or save the picture in one of those formats.';
  const limit =
    size.width > MAX_SCREENSHOT_SIDE_PX || size.height > MAX_SCREENSHOT_SIDE_PX
      ? `${count(MAX_SCREENSHOT_SIDE_PX)} pixels on a side`
      : `${count(MAX_SCREENSHOT_PIXELS / PIXELS_PER_MILLION)} million pixels in all`;
  return `The picture is too big to send (${count(size.width)}×${count(size.height)} pixels; the limit is ${limit}). ${INSTEAD}`;
}
