import { join } from 'node:path';
import type { TrayState } from './tray-state.ts';

/** The icon file of a state; Electron picks `…@2x.png` beside it on high-density screens. */
export function trayIconPath(assetsDir: string, state: TrayState): string {
  return join(assetsDir, `tray-${state}.png`);
}
