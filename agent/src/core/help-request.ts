import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { DeviceSnapshot, HelpCategory, HelpCreate } from '@handraise/shared';
import { collectHardware } from './collectors/hardware.ts';
import { collectOs } from './collectors/os.ts';
import { pictureFileRefusal, screenshotRefusal } from './screenshot/picture-refusal.ts';
import { ScreenshotFileError } from './screenshot/screenshot-error.ts';
import { withTimeout } from './with-timeout.ts';

/** The snapshot is taken while the person waits; a slow collector is left out rather than waited for. */
export const SNAPSHOT_TIMEOUT_MS = 5_000;

export { ScreenshotFileError, screenshotRefusal };

/** Reads a screenshot file, checking size and type here so the user hears about it at once. */
export function readScreenshot(path: string): Uint8Array {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ScreenshotFileError(`cannot read the screenshot file ${path}`);
  }
  // Checked before reading: a huge file is refused without loading it.
  const tooBig = pictureFileRefusal(size);
  if (tooBig) throw new ScreenshotFileError(tooBig);
  const bytes = readFileSync(path);
  const refusal = screenshotRefusal(bytes);
  if (refusal) throw new ScreenshotFileError(refusal);
  return bytes;
}

/** The device as it is right now, for whoever helps: OS and hardware, each if it answers in time. */
export async function takeSnapshot(
  collect = { os: collectOs, hardware: collectHardware },
  softwareCount?: number,
): Promise<DeviceSnapshot> {
  const [os, hardware] = await Promise.allSettled([
    withTimeout(collect.os(), SNAPSHOT_TIMEOUT_MS, 'os'),
    withTimeout(collect.hardware(), SNAPSHOT_TIMEOUT_MS, 'hardware'),
  ]);
  return {
    ...(os.status === 'fulfilled' ? { os: os.value } : {}),
    ...(hardware.status === 'fulfilled' ? { hardware: hardware.value } : {}),
    ...(softwareCount !== undefined ? { softwareCount } : {}),
  };
}

/** A new help request with its idempotency key, minted once and kept through every retry. */
export function newHelpRequest(input: {
  category: HelpCategory;
  text: string;
  requester?: string | undefined;
  /** "My class is stopped". */
  urgent?: boolean | undefined;
  screenshot?: Uint8Array | undefined;
  snapshot?: DeviceSnapshot | undefined;
  now?: Date;
}): HelpCreate {
  return {
    idempotencyKey: randomUUID(),
    category: input.category,
    // A trailing Enter is not part of the message.
    text: input.text.trim(),
    createdAt: (input.now ?? new Date()).toISOString(),
    ...(input.requester ? { requester: input.requester } : {}),
    // Left out unless set: a hub that predates it still takes the request.
    ...(input.urgent ? { urgent: true } : {}),
    ...(input.screenshot ? { screenshot: input.screenshot } : {}),
    ...(input.snapshot ? { snapshot: input.snapshot } : {}),
  };
}
