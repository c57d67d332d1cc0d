// The console window hands links to other sites to the coordinator's browser. A page that could
// run script of someone else's (a hub of another version, an injected message) could otherwise
// open any address in the browser, over and over, with nobody having clicked: a phishing page that
// looks like it came from the console. So an address is opened only just after the person pressed
// something in the window, and one address per press.
import { isWebAddress } from './window-guard.ts';

/** How long after a click or key press an address may still open, in ms: the page's own handling
 * (a click turned into window.open) takes a few ms; a timer started by a script takes longer. */
export const GESTURE_WINDOW_MS = 1_000;

/** Input event types (Electron's InputEvent.type) that are someone pressing something. */
const PRESSES: ReadonlySet<string> = new Set(['mouseUp', 'keyDown', 'rawKeyDown']);

export type ExternalOpener = {
  /** Called for each input event the window receives (webContents 'input-event'). */
  noteInput(type: string): void;
  /** Opens `url` in the browser if it is a web address and a press just happened; says if it did. */
  open(url: string): boolean;
};

/** An opener that passes addresses to `openInBrowser` only right after a press (see above). */
export function gestureGatedOpener(
  openInBrowser: (url: string) => void,
  now: () => number = Date.now,
): ExternalOpener {
  let pressedAt: number | null = null;
  return {
    noteInput(type) {
      if (PRESSES.has(type)) pressedAt = now();
    },
    open(url) {
      if (!isWebAddress(url)) return false;
      if (pressedAt === null || now() - pressedAt > GESTURE_WINDOW_MS) return false;
      // One press opens one address: a loop of window.open after a click opens nothing more.
      pressedAt = null;
      openInBrowser(url);
      return true;
    },
  };
}
