// Starting with the session, so the hand can be raised without finding the app first.
import type { App } from 'electron';

/**
 * Asks the OS to start the tray at login for this user. Per-machine autostart (every student who
 * signs in) comes from the installer: a Run key in HKLM on Windows, an /etc/xdg/autostart entry on
 * Linux (where this call does nothing), a LaunchAgent on macOS. Skipped in development, where it
 * would register the bare Electron binary.
 */
export function startAtLogin(app: Pick<App, 'isPackaged' | 'setLoginItemSettings'>): boolean {
  if (!app.isPackaged) return false;
  app.setLoginItemSettings({ openAtLogin: true });
  return true;
}
