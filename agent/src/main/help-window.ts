// The help window: created when first needed, sandboxed, showing only the app's own page.
import { pathToFileURL } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Logger } from 'pino';
import { IPC_EVENT_CHANNEL } from '../ipc/channels.ts';
import type { TrayEvent, TrayView } from '../ipc/tray-api.ts';
import { isTrustedSender } from './trusted-sender.ts';

/** Window size, in CSS pixels: room for six big category buttons and the picture. */
const WINDOW_WIDTH_PX = 620;
const WINDOW_HEIGHT_PX = 820;
const MIN_WIDTH_PX = 420;
const MIN_HEIGHT_PX = 560;

/** Time for the compositor to take a hidden window off the screen before a capture, in ms. */
export const HIDE_BEFORE_CAPTURE_MS = 250;

/** Opens, navigates and talks to the one help window. */
export function createHelpWindowController(options: {
  page: string;
  preload: string;
  title: string;
  logger: Logger;
  onFocus: () => void;
  onClosed: () => void;
}) {
  const pageUrl = pathToFileURL(options.page).href;
  let window: BrowserWindow | null = null;

  function create(view: TrayView): BrowserWindow {
    const created = new BrowserWindow({
      width: WINDOW_WIDTH_PX,
      height: WINDOW_HEIGHT_PX,
      minWidth: MIN_WIDTH_PX,
      minHeight: MIN_HEIGHT_PX,
      title: options.title,
      show: false,
      autoHideMenuBar: true,
      // Electron's checklist, written out here where a reviewer (and Electronegativity) looks: no
      // Node in the page, isolated and sandboxed preload, no <webview>, no mixed content, and no
      // middle-click new windows. Navigation and new windows are refused by page-guard.ts.
      webPreferences: {
        // Reviewed: the preload hands the page exactly the TrayApi calls, never ipcRenderer.
        preload: options.preload, // eng-disable PRELOAD_JS_CHECK
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        disableBlinkFeatures: 'Auxclick',
        spellcheck: false,
      },
    });
    created.once('ready-to-show', () => created.show());
    created.on('focus', () => options.onFocus());
    created.on('closed', () => {
      window = null;
      options.onClosed();
    });
    created.loadFile(options.page, { hash: view }).catch((error: unknown) => {
      // Most likely the page was not built (`npm run build:agent`); the window stays blank.
      options.logger.error({ err: error, page: options.page }, 'the help window could not load');
    });
    return created;
  }

  const send = (event: TrayEvent): void => {
    if (window && !window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, event);
  };

  return {
    /** Shows the window on `view`, creating it if needed. */
    show(view: TrayView): void {
      if (!window) {
        window = create(view);
        return;
      }
      send({ type: 'navigate', view });
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },

    send,

    isOpen: () => window !== null,

    isFocused: () => window?.isFocused() ?? false,

    isTrusted: (event: IpcMainInvokeEvent) => isTrustedSender(event, window, pageUrl),

    /** Runs `work` with the window off the screen, so a capture shows what the student saw. */
    async whileHidden<T>(work: () => Promise<T>): Promise<T> {
      const visible = window?.isVisible() ? window : null;
      if (visible) {
        visible.hide();
        await delay(HIDE_BEFORE_CAPTURE_MS);
      }
      try {
        return await work();
      } finally {
        if (visible && !visible.isDestroyed()) visible.show();
      }
    },

    close(): void {
      window?.destroy();
      window = null;
    },
  };
}
