// The one screenshot the help window is working on. It stays in main: the window only ever gets a
// preview, and blurring happens here, before anything leaves the computer (in main's image
// worker thread, so the tray and the window keep answering meanwhile).
import { createImageWorker, type ImageWorker } from '../core/screenshot/image-worker.ts';
import { clampRect, type Rect } from '../core/screenshot/rect.ts';
import type { Screenshot } from '../core/screenshot/screenshot.ts';
import type { ScreenshotPreview } from '../ipc/tray-api.ts';
import { TrayFailure } from './tray-failure.ts';

/**
 * The image as the window shows it: a data URL (the CSP allows `data:` images and nothing else),
 * with the parts blurred so far, so the window can outline them.
 */
export function toPreview(shot: Screenshot, blurred: readonly Rect[] = []): ScreenshotPreview {
  const base64 = Buffer.from(shot.bytes.buffer, shot.bytes.byteOffset, shot.bytes.byteLength);
  return {
    dataUrl: `data:${shot.type};base64,${base64.toString('base64')}`,
    width: shot.width,
    height: shot.height,
    blurred: blurred.map((rect) => ({ ...rect })),
  };
}

/** Holds at most one screenshot, already re-encoded as the shareable JPEG that would be sent. */
export function createScreenshotSession(
  capture: () => Promise<Screenshot>,
  images: ImageWorker = createImageWorker(),
) {
  let held: Screenshot | null = null;
  // The parts of `held` blurred so far, in its pixels, as blurRegion clamped them.
  let blurred: Rect[] = [];
  let taking: Promise<Screenshot> | null = null;
  // Blurs apply one after the other, each to the picture the one before it left.
  let blurring: Promise<unknown> = Promise.resolve();
  // Bumped by drop(): a capture or blur still running when the user said "don't send" is thrown away.
  let generation = 0;

  async function blurNow(rect: Rect): Promise<Screenshot> {
    const started = generation;
    const shot = held;
    if (!shot) throw new TrayFailure('not-found', 'no screenshot is held');
    let area: Rect;
    try {
      area = clampRect(rect, shot.width, shot.height);
    } catch (error) {
      // A rectangle outside the image: the window's mistake, not ours.
      if (error instanceof RangeError) throw new TrayFailure('invalid-payload', error.message);
      throw error;
    }
    // A failed blur leaves the picture and its outlines as they were.
    const result = await images.blur(shot, [area]);
    if (started !== generation) throw new TrayFailure('not-found', 'the screenshot was dropped');
    held = result;
    blurred = [...blurred, area];
    return result;
  }

  /** The held screenshot, capturing and encoding one first if none is held. */
  async function take(): Promise<Screenshot> {
    if (held) return held;
    if (!taking) {
      const started = generation;
      taking = (async () => {
        const shot = await images.shareable(await capture());
        if (started === generation) held = shot;
        return shot;
      })().finally(() => (taking = null));
    }
    return taking;
  }

  return {
    take,

    held: (): Screenshot | null => held,

    /** The parts of the held screenshot blurred so far, in its pixels. */
    blurred: (): readonly Rect[] => blurred,

    /** The held screenshot (taking one first if none is held) as the window previews it. */
    async preview(): Promise<ScreenshotPreview> {
      const shot = await take();
      return toPreview(shot, shot === held ? blurred : []);
    },

    /** Blurs `rect` (image pixels) of the held screenshot for good; the result replaces it. */
    blur(rect: Rect): Promise<Screenshot> {
      const result = blurring.then(() => blurNow(rect));
      blurring = result.catch(() => undefined);
      return result;
    },

    /** The held screenshot once every blur asked for so far is done (null if none is held). */
    async settled(): Promise<Screenshot | null> {
      await blurring;
      return held;
    },

    /** Forgets the held screenshot (and any capture still running). */
    drop(): void {
      held = null;
      blurred = [];
      generation++;
    },

    /** Ends the image worker; for quitting. */
    close(): void {
      images.close();
    },
  };
}

export type ScreenshotSession = ReturnType<typeof createScreenshotSession>;
