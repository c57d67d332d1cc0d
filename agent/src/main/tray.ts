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
  // Who is watching the live figures, named; the tooltip says so above anything else.
  let watchedBy: string | null = null;
  const tray = new Tray(nativeImage.createFromPath(trayIconPath(assetsDir, state)));
  const showTooltip = () =>
    tray.setToolTip(
      watchedBy
        ? translate(locale, 'tray.tooltip.watched', { names: watchedBy })
        : translate(locale, `tray.tooltip.${state}`),
    );
  showTooltip();
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
      showTooltip();
    },
    /** The people watching the live figures, named for the tooltip; null when nobody. */
    setWatchedBy(names: string | null): void {
      watchedBy = names;
      showTooltip();
    },
    destroy: () => tray.destroy(),
  };
}
