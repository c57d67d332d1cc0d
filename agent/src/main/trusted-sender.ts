import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';

/** The page URL without its `#view`, which the window changes as the student moves around. */
const withoutHash = (url: string) => url.split('#')[0] ?? url;

/** True only for the help window's own top frame showing the app's own page. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  window: BrowserWindow | null,
  pageUrl: string,
): boolean {
  if (!window || window.isDestroyed() || event.sender !== window.webContents) return false;
  const frame = event.senderFrame;
  // A frame that has navigated away or been destroyed is null; subframes have a parent.
  if (!frame || frame.parent !== null) return false;
  return withoutHash(frame.url) === withoutHash(pageUrl);
}
