// Electron main process of the coordinator's console: starts the hub in-process and shows the
// console page it serves. Kept thin: everything else lives in the hub and the page.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { loadHubConfig } from '../hub/config.ts';
import { createHub, type Hub } from '../hub/create-hub.ts';

let hub: Hub | undefined;

async function openConsole(): Promise<void> {
  const config = loadHubConfig([], process.env);
  // This file runs as the CommonJS bundle console/dist/main.cjs; the UI is built to console/dist/ui.
  hub = await createHub({ config, webRoot: join(__dirname, 'ui') });
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    title: 'Handraise',
    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
  });
  // Links to anywhere else open in the user's browser, never inside the console window.
  window.webContents.setWindowOpenHandler(({ url }) => {
    void shell.openExternal(url);
    return { action: 'deny' };
  });
  await window.loadURL(hub.url);
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
      code === 'EADDRINUSE'
        ? 'The Handraise hub could not start: its port is taken (is another Handraise running?). Set HANDRAISE_PORT to another port.'
        : `The Handraise hub could not start: ${String(error)}`;
    dialog.showErrorBox('Handraise', message);
    app.exit(1);
  });
