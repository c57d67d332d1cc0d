// Electron main process of the coordinator's console: starts the hub in-process (or points at a
// hub elsewhere) and shows the console it serves. Kept thin: everything else lives in the hub,
// the page and the small modules beside this file.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { loadHubConfig } from '../hub/config.ts';
import { createHub, type Hub } from '../hub/create-hub.ts';
import { verifyHubCertificate } from '../hub/tls/pinned-verify.ts';
import { ConsoleTargetError, resolveConsoleTarget } from './console-target.ts';
import {
  confineToOrigin,
  enforceContentSecurityPolicy,
  isWebAddress,
  limitPermissions,
} from './window-guard.ts';
import { loadWindowState, saveWindowState } from './window-state.ts';

let hub: Hub | undefined;

/** The embedded hub is ready when it listens; a database on a dead network drive must not hang the app. */
const HUB_START_TIMEOUT_MS = 30_000;

function startEmbeddedHub(): Promise<Hub> {
  const config = loadHubConfig([], process.env);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `it did not start within ${HUB_START_TIMEOUT_MS / 1000} s (data in ${config.dataDir})`,
          ),
        ),
      HUB_START_TIMEOUT_MS,
    );
  });
  // This file runs as the CommonJS bundle console/dist/main.cjs; the UI is built to console/dist/ui.
  const started = createHub({ config, webRoot: join(__dirname, 'ui') });
  return Promise.race([started, late]).finally(() => clearTimeout(timer));
}

/** A link to elsewhere, opened in the coordinator's own browser; only web addresses get there. */
function openInBrowser(link: string): void {
  if (!isWebAddress(link)) return;
  void shell.openExternal(link); // eng-disable OPEN_EXTERNAL_JS_CHECK (http(s) only, checked above)
}

function openWindow(url: string, fingerprint?: string): Promise<void> {
  const origin = new URL(url).origin;
  // Set before the first page loads, so it never runs without them.
  limitPermissions(session.defaultSession, origin);
  enforceContentSecurityPolicy(session.defaultSession, origin);
  // The embedded hub's own certificate, signed by no authority: accepted on its address only,
  // and only that very certificate (by fingerprint).
  if (fingerprint) {
    const hostname = new URL(url).hostname;
    const onlyTheHubs: Parameters<typeof session.defaultSession.setCertificateVerifyProc>[0] = (
      request,
      callback,
    ) => callback(verifyHubCertificate(request, { hostname, fingerprint }));
    // Reviewed: every other site keeps Chromium's own verification (pinned-verify.ts).
    session.defaultSession.setCertificateVerifyProc(onlyTheHubs); // eng-disable CERTIFICATE_VERIFY_PROC_JS_CHECK
  }
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const state = loadWindowState(stateFile);
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    title: 'Handraise',
    // Electron's checklist, written out where a reviewer (and Electronegativity) looks: no Node in
    // the page, isolated and sandboxed, no <webview>, no mixed content, no middle-click windows.
    webPreferences: {
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
    },
  });
  confineToOrigin(window.webContents, origin, openInBrowser);
  if (state.maximized) window.maximize();
  // Remembered when the window closes, so it opens where the coordinator left it.
  window.on('close', () =>
    saveWindowState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() }),
  );
  return window.loadURL(url);
}

async function openConsole(): Promise<void> {
  const target = resolveConsoleTarget(
    process.argv.slice(1),
    process.env,
    join(app.getPath('userData'), 'console.json'),
  );
  if (target.kind === 'remote') return openWindow(target.url);
  hub = await startEmbeddedHub();
  return openWindow(hub.url, hub.certificate?.fingerprint);
}

app.on('window-all-closed', () => app.quit());
app.on('before-quit', (event) => {
  if (!hub) return;
  event.preventDefault();
  const closing = hub;
  hub = undefined;
  void closing.close().finally(() => app.quit());
});

app
  .whenReady()
  .then(openConsole)
  .catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      error instanceof ConsoleTargetError
        ? `Handraise cannot open the console: ${error.message}`
        : code === 'EADDRINUSE'
          ? 'The Handraise hub could not start: its port is taken (is another Handraise running?). Set HANDRAISE_PORT to another port.'
          : `The Handraise hub could not start: ${String(error)}`;
    dialog.showErrorBox('Handraise', message);
    app.exit(1);
  });
