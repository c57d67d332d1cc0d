// The CPU-heavy image work the tray hands to its worker thread, as plain data in and out, and the
// one synchronous function that does it (in the worker, or inline in tests and benchmarks).
import { blurRegion } from './blur.ts';
import { decodeScreenshot } from './decode.ts';
import { encodeShareableJpeg } from './encode.ts';
import type { Rect } from './rect.ts';
import type { Screenshot } from './screenshot.ts';
import { ScreenshotError, type ScreenshotFailure } from './screenshot-error.ts';

/** Re-encode a capture as the shareable JPEG, or obscure rectangles of an image (in order). */
export type ImageJob =
  | { kind: 'shareable'; image: Screenshot }
  | { kind: 'blur'; image: Screenshot; rects: readonly Rect[] };

/** Why a job failed, as it crosses from the worker thread (class instances do not survive). */
export type JobFailure =
  | { kind: 'range'; message: string }
  | { kind: 'screenshot'; reason: ScreenshotFailure; message: string }
  | { kind: 'other'; message: string };

/** The worker's answer to one job. */
export type JobReply = { ok: true; image: Screenshot } | { ok: false; failure: JobFailure };

/** Does `job` synchronously: the same result whether it runs in the worker or here. */
export function runImageJob(job: ImageJob): Screenshot {
  if (job.kind === 'shareable') return encodeShareableJpeg(decodeScreenshot(job.image));
  let image = job.image;
  for (const rect of job.rects) image = blurRegion(image, rect);
  return image;
}

/** `error` as data the worker can post. */
export function describeFailure(error: unknown): JobFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ScreenshotError)
    return { kind: 'screenshot', reason: error.reason, message };
  if (error instanceof RangeError) return { kind: 'range', message };
  return { kind: 'other', message };
}

/**
 * The error the caller sees: a RangeError stays one (a rectangle outside the image is the
 * caller's mistake), a ScreenshotError keeps its reason, anything else is a worker failure.
 */
export function reviveFailure(failure: JobFailure): Error {
  switch (failure.kind) {
    case 'range':
      return new RangeError(failure.message);
    case 'screenshot':
      return new ScreenshotError(failure.reason, failure.message);
    case 'other':
      return new ScreenshotError('worker-failed', `the image worker failed: ${failure.message}`);
  }
}
