import { readImageSize, sniffScreenshotType } from '@handraise/shared';
import { captureX11 } from './capture-linux.ts';
import { captureMacos } from './capture-macos.ts';
import { captureWindows } from './capture-windows.ts';
import { runBinary, type BinaryRunner } from './run-binary.ts';
import type { Screenshot } from './screenshot.ts';
import { ScreenshotError } from './screenshot-error.ts';

export type CaptureOptions = {
  /** X11 display to capture on Linux; defaults to the agent's DISPLAY. */
  display?: string;
  /** Which platform's method to use; defaults to this machine's. */
  platform?: NodeJS.Platform;
  /** Runs the capture program; tests inject their own. */
  run?: BinaryRunner;
};

/** Captures the whole screen with the platform's own tool; rejects with a ScreenshotError. */
export async function captureScreen(options: CaptureOptions = {}): Promise<Screenshot> {
  const platform = options.platform ?? process.platform;
  const run = options.run ?? runBinary;
  switch (platform) {
    case 'linux':
      return toScreenshot(await captureX11(run, options.display ?? process.env.DISPLAY), 'import');
    case 'darwin':
      return toScreenshot(await captureMacos(run), 'screencapture');
    case 'win32':
      return toScreenshot(await captureWindows(run), 'PowerShell');
    default:
      throw new ScreenshotError(
        'unsupported-platform',
        `screen capture is not supported on ${platform}`,
      );
  }
}

/** Checks that the tool produced a real image and reads its size from the header. */
function toScreenshot(bytes: Uint8Array, tool: string): Screenshot {
  const type = sniffScreenshotType(bytes);
  const size = readImageSize(bytes);
  if ((type !== 'image/png' && type !== 'image/jpeg') || !size) {
    throw new ScreenshotError('capture-failed', `${tool} returned no PNG or JPEG image`);
  }
  return { bytes, type, width: size.width, height: size.height };
}
