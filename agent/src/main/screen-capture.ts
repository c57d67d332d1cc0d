// The screen under the mouse pointer, at its full resolution, through Electron's desktopCapturer.
import { desktopCapturer, screen } from 'electron';
import type { Screenshot } from '../core/screenshot/screenshot.ts';
import { ScreenshotError } from '../core/screenshot/screenshot-error.ts';

/** Captures the display the pointer is on (the one the student is looking at) as PNG. */
export async function captureScreenUnderCursor(): Promise<Screenshot> {
  const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
  // desktopCapturer scales thumbnails to this size: ask for the display's physical pixels.
  const thumbnailSize = {
    width: Math.round(display.size.width * display.scaleFactor),
    height: Math.round(display.size.height * display.scaleFactor),
  };
  const sources = await desktopCapturer.getSources({ types: ['screen'], thumbnailSize });
  // display_id is empty on some Linux desktops; with one screen there is nothing to choose.
  const source =
    sources.find((candidate) => candidate.display_id === String(display.id)) ??
    (sources.length === 1 ? sources[0] : undefined);
  if (!source || source.thumbnail.isEmpty()) {
    // macOS answers with nothing (or only the wallpaper) until Screen Recording is allowed.
    throw new ScreenshotError(
      'capture-failed',
      'the screen under the pointer could not be captured',
    );
  }
  const { width, height } = source.thumbnail.getSize();
  return { bytes: source.thumbnail.toPNG(), type: 'image/png', width, height };
}
