// The tray icon: its picture tells the state, its menu opens the help window.
import { Menu, nativeImage, Tray } from 'electron';
import type { Locale } from '../ipc/tray-api.ts';
import { translate } from '../ipc/messages/catalog.ts';
import { trayIconPath } from '../tray/tray-icons.ts';
import { trayMenuTemplate, type TrayMenuActions } from './tray-menu.ts';
import type { TrayState } from '../tray/tray-state.ts';

/** Creates the tray icon in `initial` state with its menu. */
export function createTray(options: {
  assetsDir: string;
  locale: Locale;
  allowQuit: boolean;
  initial: TrayState;
  actions: TrayMenuActions & { click(): void };
}) {
  const { assetsDir, locale } = options;
  let state = options.initial;
  const tray = new Tray(nativeImage.createFromPath(trayIconPath(assetsDir, state)));
  tray.setToolTip(translate(locale, `tray.tooltip.${state}`));
  tray.setContextMenu(
    Menu.buildFromTemplate(trayMenuTemplate(locale, options.allowQuit, options.actions)),
  );
  // Windows and macOS: a left click opens the window; Linux trays only offer the menu.
  tray.on('click', () => options.actions.click());

  return {
    state: () => state,
    setState(next: TrayState): void {
      if (next === state) return;
      state = next;
      tray.setImage(nativeImage.createFromPath(trayIconPath(assetsDir, next)));
      tray.setToolTip(translate(locale, `tray.tooltip.${next}`));
    },
    destroy: () => tray.destroy(),
  };
}
