// The one screenshot the help window is working on. It stays in main: the window only ever gets a
// preview, and blurring happens here, before anything leaves the computer.
import { blurRegion } from '../core/screenshot/blur.ts';
import { toShareableJpeg } from '../core/screenshot/encode.ts';
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
export function createScreenshotSession(capture: () => Promise<Screenshot>) {
  let held: Screenshot | null = null;
  // The parts of `held` blurred so far, in its pixels, as blurRegion clamped them.
  let blurred: Rect[] = [];
  let taking: Promise<Screenshot> | null = null;
  // Bumped by drop(): a capture still running when the user said "don't send" is thrown away.
  let generation = 0;

  /** The held screenshot, capturing and encoding one first if none is held. */
  async function take(): Promise<Screenshot> {
    if (held) return held;
    if (!taking) {
      const started = generation;
      taking = (async () => {
        const shot = await toShareableJpeg(await capture());
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
    blur(rect: Rect): Screenshot {
      if (!held) throw new TrayFailure('not-found', 'no screenshot is held');
      try {
        const area = clampRect(rect, held.width, held.height);
        held = blurRegion(held, area);
        blurred = [...blurred, area];
      } catch (error) {
        // A rectangle outside the image: the window's mistake, not ours.
        if (error instanceof RangeError) throw new TrayFailure('invalid-payload', error.message);
        throw error;
      }
      return held;
    },

    /** Forgets the held screenshot (and any capture still running). */
    drop(): void {
      held = null;
      blurred = [];
      generation++;
    },
  };
}

export type ScreenshotSession = ReturnType<typeof createScreenshotSession>;
