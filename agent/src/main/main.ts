// Electron main process of the tray agent. Only the lifecycle lives here; see tray-app.ts.
import { app } from 'electron';
import pino from 'pino';
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
  // A tray app lives on with no window open.
  app.on('window-all-closed', () => undefined);
  app
    .whenReady()
    .then(() => {
      // A tray-only app: no Dock icon on macOS.
      app.dock?.hide();
      if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
      // The bundle runs as agent/dist/main.cjs; esbuild maps import.meta.dirname to its folder.
      const tray = startTrayApp(defaultPaths(import.meta.dirname), logger);
      app.on('second-instance', () => tray.ask());
    })
    .catch((error: unknown) => {
      logger.fatal({ err: error }, 'the tray could not start');
      app.exit(1);
    });
}
