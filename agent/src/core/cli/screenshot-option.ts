import { readImageSize, sniffScreenshotType } from '@handraise/shared';
import { AgentConfigError } from '../agent-config.ts';
import { readScreenshot } from '../help-request.ts';
import { captureScreen } from '../screenshot/capture.ts';
import { toShareableJpeg } from '../screenshot/encode.ts';
import { createImageWorker } from '../screenshot/image-worker.ts';
import { parseRect, type Rect } from '../screenshot/rect.ts';
import type { Screenshot } from '../screenshot/screenshot.ts';
import type { Values } from './arguments.ts';

/** A screenshot file as an image the blur can work on (JPEG or PNG). */
function fromFile(path: string): Screenshot {
  const bytes = readScreenshot(path);
  const type = sniffScreenshotType(bytes);
  const size = readImageSize(bytes);
  if ((type !== 'image/jpeg' && type !== 'image/png') || !size) {
    throw new AgentConfigError('to blur part of a screenshot it must be a JPEG or PNG image');
  }
  return { bytes, type, ...size };
}

/**
 * The picture for `help`: a file (`--screenshot`), or the screen right now (`--screenshot-now`),
 * with any `--blur X,Y,W,H` rectangles obscured here, before anything leaves the machine.
 */
export async function screenshotFor(values: Values): Promise<Uint8Array | undefined> {
  if (values.screenshot && values['screenshot-now']) {
    throw new AgentConfigError('use either --screenshot FILE or --screenshot-now, not both');
  }
  const rects = (values.blur ?? []).map((text) => {
    try {
      return parseRect(text);
    } catch (error) {
      throw new AgentConfigError(`--blur: ${(error as Error).message}`);
    }
  });
  if (values['screenshot-now']) {
    const image = await toShareableJpeg(await captureScreen());
    return rects.length === 0 ? image.bytes : await blurred(image, rects);
  }
  if (!values.screenshot) {
    if (rects.length > 0)
      throw new AgentConfigError('--blur needs --screenshot FILE or --screenshot-now');
    return undefined;
  }
  if (rects.length === 0) return readScreenshot(values.screenshot);
  return blurred(fromFile(values.screenshot), rects);
}

/** `image` with `rects` obscured, done by the same image worker as the tray's. */
async function blurred(image: Screenshot, rects: readonly Rect[]): Promise<Uint8Array> {
  const images = createImageWorker();
  try {
    return (await images.blur(image, rects)).bytes;
  } finally {
    images.close();
  }
}
