// Electron main process of the coordinator's console: starts the hub in-process (or points at a
// hub elsewhere) and shows the console it serves. Kept thin: everything else lives in the hub,
// the page and the small modules beside this file.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { loadHubConfig } from '../hub/config.ts';
import { createHub, type Hub } from '../hub/create-hub.ts';
import { ConsoleTargetError, resolveConsoleTarget } from './console-target.ts';
import { gestureGatedOpener } from './external-links.ts';
import { refusedCertificateMessage, remoteHubCheck } from './remote-hub-trust.ts';
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

/** Links leave the window only right after the person pressed something in it (external-links.ts). */
function guardExternalLinks(window: BrowserWindow): (link: string) => void {
  const opener = gestureGatedOpener(openInBrowser);
  window.webContents.on('input-event', (_event, input) => opener.noteInput(input.type));
  return (link) => void opener.open(link);
}

function openWindow(url: string, fingerprint?: string): Promise<void> {
  const origin = new URL(url).origin;
  // Set before the first page loads, so it never runs without them.
  limitPermissions(session.defaultSession, origin);
  enforceContentSecurityPolicy(session.defaultSession, origin);
  // The hub's own certificate, signed by no authority (the embedded hub's, or a remote one's the
  // coordinator gave the fingerprint of): accepted on its address only, and only that very
  // certificate.
  const check = fingerprint ? remoteHubCheck(url, fingerprint) : null;
  if (check) {
    const onlyTheHubs: Parameters<typeof session.defaultSession.setCertificateVerifyProc>[0] = (
      request,
      callback,
    ) => callback(check.verify(request));
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
  confineToOrigin(window.webContents, origin, guardExternalLinks(window));
  if (state.maximized) window.maximize();
  // Remembered when the window closes, so it opens where the coordinator left it.
  window.on('close', () =>
    saveWindowState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() }),
  );
  return window.loadURL(url).catch((error: unknown) => {
    const refused = check?.refusedFingerprint();
    if (fingerprint && refused) {
      throw new RefusedHubCertificate(refusedCertificateMessage(url, fingerprint, refused));
    }
    throw error;
  });
}

/** The hub's address answered with a certificate other than the trusted one. */
class RefusedHubCertificate extends Error {}

async function openConsole(): Promise<void> {
  const target = resolveConsoleTarget(
    process.argv.slice(1),
    process.env,
    join(app.getPath('userData'), 'console.json'),
  );
  if (target.kind === 'remote') return openWindow(target.url, target.fingerprint);
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
        : error instanceof RefusedHubCertificate
          ? error.message
          : code === 'EADDRINUSE'
            ? 'The Handraise hub could not start: its port is taken (is another Handraise running?). Set HANDRAISE_PORT to another port.'
            : `The Handraise hub could not start: ${String(error)}`;
    dialog.showErrorBox('Handraise', message);
    app.exit(1);
  });
