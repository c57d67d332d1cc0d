// Electron main process of the tray agent. Only the lifecycle lives here; see tray-app.ts.
import { app, safeStorage } from 'electron';
import pino from 'pino';
import { safeStorageSealer } from '../core/trust/secret-sealer.ts';
import { confineEveryPage } from './page-guard.ts';
import { defaultPaths, startTrayApp } from './tray-app.ts';

/** Must equal electron-builder's appId: Windows shows notifications only for a known app id. */
const APP_USER_MODEL_ID = 'org.handraise.agent';

const logger = pino(
  { name: 'handraise-tray', level: process.env.HANDRAISE_LOG_LEVEL ?? 'info' },
  pino.destination(2),
);

// One tray per session: a second start (the student clicking the shortcut) opens the window of
// the first instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Before any window exists, so that no page ever runs unguarded.
  confineEveryPage(app);
  // A tray app lives on with no window open.
  app.on('window-all-closed', () => undefined);
  app
    .whenReady()
    .then(async () => {
      // A tray-only app: no Dock icon on macOS.
      app.dock?.hide();
      if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
      // The bundle runs as agent/dist/main.cjs; esbuild maps import.meta.dirname to its folder.
      // safeStorage answers only once the app is ready; without a real keychain the secret stays
      // in its 0600 file.
      const sealer = safeStorageSealer(safeStorage);
      if (!sealer) logger.info('no OS keychain to seal the device secret; it stays in a 0600 file');
      const tray = await startTrayApp(defaultPaths(import.meta.dirname), logger, sealer);
      app.on('second-instance', () => tray.ask());
    })
    .catch((error: unknown) => {
      logger.fatal({ err: error }, 'the tray could not start');
      app.exit(1);
    });
}
