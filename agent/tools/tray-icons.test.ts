// The committed tray icons are exactly what the drawing script makes (run it after changing it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ASSETS_DIR, TRAY_ICON_SIZES } from './generate-tray-icons.ts';
import { drawTrayIcon } from './tray-icon-drawing.ts';
import { TRAY_STATES } from '../src/tray/tray-state.ts';
import { trayIconPath } from '../src/tray/tray-icons.ts';

describe('tray icons', () => {
  it.each(TRAY_STATES)('%s is committed in every size, as drawn', (state) => {
    for (const { suffix, sizePx } of TRAY_ICON_SIZES) {
      const file = join(ASSETS_DIR, `tray-${state}${suffix}.png`);
      const committed = PNG.sync.read(readFileSync(file));
      const drawn = PNG.sync.read(drawTrayIcon(state, sizePx));
      expect([committed.width, committed.height]).toEqual([sizePx, sizePx]);
      expect(Buffer.compare(committed.data, drawn.data)).toBe(0);
    }
    expect(trayIconPath(ASSETS_DIR, state)).toBe(join(ASSETS_DIR, `tray-${state}.png`));
  });

  it('gives every state its own picture', () => {
    const pictures = TRAY_STATES.map((state) => drawTrayIcon(state, 32).toString('base64'));
    expect(new Set(pictures).size).toBe(TRAY_STATES.length);
  });
});
