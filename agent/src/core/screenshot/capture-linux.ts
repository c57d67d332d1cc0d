import { CommandNotFoundError } from '../run-command.ts';
import { CommandFailedError, type BinaryRunner } from './run-binary.ts';
import { ScreenshotError } from './screenshot-error.ts';

/** Longest wait for ImageMagick, in milliseconds; a 4K root window takes well under a second. */
export const IMPORT_TIMEOUT_MS = 20_000;

/** The ImageMagick call: whole root window (all monitors), PNG to stdout, no bell. */
export const IMPORT_ARGS: readonly string[] = ['-silent', '-window', 'root', 'png:-'];

/** Captures the X11 root window of `display` with ImageMagick's `import`; returns PNG bytes. */
export async function captureX11(
  run: BinaryRunner,
  display: string | undefined,
): Promise<Uint8Array> {
  if (display === undefined || display === '') {
    const wayland = process.env.WAYLAND_DISPLAY ? ' (Wayland without X is not supported)' : '';
    throw new ScreenshotError('no-display', `no display to capture: DISPLAY is not set${wayland}`);
  }
  try {
    const { stdout } = await run('import', IMPORT_ARGS, {
      timeoutMs: IMPORT_TIMEOUT_MS,
      env: { DISPLAY: display },
    });
    return stdout;
  } catch (error) {
    throw explain(error, display);
  }
}

function explain(error: unknown, display: string): ScreenshotError {
  if (error instanceof CommandNotFoundError) {
    return new ScreenshotError(
      'tool-missing',
      "ImageMagick's import is not installed (Debian/Ubuntu package: imagemagick)",
      { cause: error },
    );
  }
  if (error instanceof CommandFailedError && /unable to open X server/i.test(error.stderr)) {
    return new ScreenshotError('no-display', `no display to capture: cannot open ${display}`, {
      cause: error,
    });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ScreenshotError('capture-failed', `import could not capture the screen: ${detail}`, {
    cause: error,
  });
}
