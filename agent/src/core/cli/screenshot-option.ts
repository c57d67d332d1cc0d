import { readImageSize, sniffScreenshotType } from '@handraise/shared';
import { AgentConfigError } from '../agent-config.ts';
import { readScreenshot } from '../help-request.ts';
import { blurRegion } from '../screenshot/blur.ts';
import { captureScreen } from '../screenshot/capture.ts';
import { toShareableJpeg } from '../screenshot/encode.ts';
import { parseRect } from '../screenshot/rect.ts';
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
    let image = await toShareableJpeg(await captureScreen());
    for (const rect of rects) image = blurRegion(image, rect);
    return image.bytes;
  }
  if (!values.screenshot) {
    if (rects.length > 0)
      throw new AgentConfigError('--blur needs --screenshot FILE or --screenshot-now');
    return undefined;
  }
  if (rects.length === 0) return readScreenshot(values.screenshot);
  let image = fromFile(values.screenshot);
  for (const rect of rects) image = blurRegion(image, rect);
  return image.bytes;
}
