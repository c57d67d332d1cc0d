// The tray's menu: what a student can do from the corner of the screen.
import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../ipc/tray-api.ts';
import { translate } from '../ipc/messages/catalog.ts';

export type TrayMenuActions = {
  ask(): void;
  requests(): void;
  about(): void;
  quit(): void;
};

/**
 * The menu items. "Quit" only where the school's policy allows it: a student who quits the tray can
 * no longer raise a hand, and the computer stops reporting, so it is hidden unless allowed.
 */
export function trayMenuTemplate(
  locale: Locale,
  allowQuit: boolean,
  actions: TrayMenuActions,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [
    { label: translate(locale, 'tray.ask'), click: () => actions.ask() },
    { label: translate(locale, 'tray.requests'), click: () => actions.requests() },
    { label: translate(locale, 'tray.about'), click: () => actions.about() },
  ];
  if (allowQuit) {
    items.push(
      { type: 'separator' },
      { label: translate(locale, 'tray.quit'), click: () => actions.quit() },
    );
  }
  return items;
}
