import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CommandNotFoundError } from '../run-command.ts';
import type { BinaryRunner } from './run-binary.ts';
import { ScreenshotError } from './screenshot-error.ts';
import { withTempDir } from './temp-dir.ts';

/** Absolute path, so a LaunchAgent's minimal PATH or a planted binary does not matter. */
export const SCREENCAPTURE = '/usr/sbin/screencapture';

/** Longest wait for screencapture, in milliseconds. */
export const SCREENCAPTURE_TIMEOUT_MS = 20_000;

const PERMISSION_HINT =
  'allow Screen Recording for Handraise in System Settings › Privacy & Security';

/** Captures the main display with `screencapture` into a private temp file; returns JPEG bytes. */
export async function captureMacos(run: BinaryRunner): Promise<Uint8Array> {
  return withTempDir(async (dir) => {
    const file = join(dir, 'screen.jpg');
    try {
      // -x: no shutter sound, which would startle a class.
      await run(SCREENCAPTURE, ['-x', '-t', 'jpg', file], { timeoutMs: SCREENCAPTURE_TIMEOUT_MS });
    } catch (error) {
      throw explain(error);
    }
    try {
      return await readFile(file);
    } catch (error) {
      // screencapture exits 0 without writing anything when the capture was refused.
      throw new ScreenshotError(
        'permission-denied',
        `screencapture wrote no image: ${PERMISSION_HINT}`,
        { cause: error },
      );
    }
  });
}

function explain(error: unknown): ScreenshotError {
  if (error instanceof CommandNotFoundError) {
    return new ScreenshotError('tool-missing', `${SCREENCAPTURE} is missing`, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  // Also what a capture outside the signed-in user's session gets.
  if (/could not create image/i.test(detail)) {
    const message = `macOS refused the capture: ${PERMISSION_HINT}`;
    return new ScreenshotError('permission-denied', message, { cause: error });
  }
  return new ScreenshotError('capture-failed', `screencapture failed: ${detail}`, { cause: error });
}
