// Writes agent/assets/tray-<state>.png (16 px) and tray-<state>@2x.png (32 px) for every state.
// Run after changing tray-icon-drawing.ts: npm run icons:agent
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRAY_STATES } from '../src/tray/tray-state.ts';
import { drawTrayIcon } from './tray-icon-drawing.ts';

/** agent/assets */
export const ASSETS_DIR = join(import.meta.dirname, '..', 'assets');

/** Tray icon sizes, in pixels: the 1× size of Windows and macOS trays, and its 2× for HiDPI. */
export const TRAY_ICON_SIZES = [
  { suffix: '', sizePx: 16 },
  { suffix: '@2x', sizePx: 32 },
] as const;

if (import.meta.main) {
  mkdirSync(ASSETS_DIR, { recursive: true });
  for (const state of TRAY_STATES) {
    for (const { suffix, sizePx } of TRAY_ICON_SIZES) {
      const file = join(ASSETS_DIR, `tray-${state}${suffix}.png`);
      writeFileSync(file, drawTrayIcon(state, sizePx));
      process.stdout.write(`wrote ${file}\n`);
    }
  }
}
