// Draws the tray icons: a white raised hand on a disc whose colour says the state, with a badge
// for "something waits for you". Drawn in code so every size stays sharp and the script is the
// source of truth for agent/assets/tray-*.png.
import { PNG } from 'pngjs';
import type { TrayState } from '../src/tray/tray-state.ts';

type Rgb = readonly [number, number, number];

/** Samples per pixel side: 4×4 supersampling smooths the edges without an anti-aliasing library. */
const SUPERSAMPLE = 4;

const WHITE: Rgb = [255, 255, 255];
const LOOKS: Record<TrayState, { disc: Rgb; badge: Rgb | null }> = {
  connected: { disc: [21, 128, 61], badge: null }, // green: all is well
  offline: { disc: [107, 114, 128], badge: null }, // grey: not connected
  'offline-queued': { disc: [107, 114, 128], badge: [245, 158, 11] }, // amber: saved, waiting
  'request-open': { disc: [29, 78, 216], badge: null }, // blue: a request is going on
  'new-reply': { disc: [29, 78, 216], badge: [220, 38, 38] }, // red dot: someone wrote
};

/** Distance from (px, py) to the segment a–b. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Fingers as capsules in icon units (0–1): [x, top, bottom, radius]. */
const FINGERS: readonly (readonly [number, number, number, number])[] = [
  [0.365, 0.3, 0.56, 0.052],
  [0.46, 0.22, 0.56, 0.055],
  [0.555, 0.24, 0.56, 0.055],
  [0.645, 0.32, 0.58, 0.05],
];

function inHand(x: number, y: number): boolean {
  const palm =
    x >= 0.32 && x <= 0.69 && y >= 0.5 && y <= 0.8 && !(y > 0.72 && (x < 0.36 || x > 0.65));
  const wristCorner = Math.hypot(x - 0.4, y - 0.72) < 0.08 || Math.hypot(x - 0.61, y - 0.72) < 0.08;
  const finger = FINGERS.some(
    ([fx, top, bottom, r]) => segmentDistance(x, y, fx, top, fx, bottom) < r,
  );
  const thumb = segmentDistance(x, y, 0.35, 0.66, 0.23, 0.5) < 0.055;
  return palm || wristCorner || finger || thumb;
}

/** The colour at icon coordinates (x, y), or null where the icon is transparent. */
function colourAt(state: TrayState, x: number, y: number): Rgb | null {
  const { disc, badge } = LOOKS[state];
  if (badge) {
    const fromBadge = Math.hypot(x - 0.79, y - 0.21);
    if (fromBadge < 0.15) return badge;
    // A white ring keeps the badge apart from the disc on any taskbar colour.
    if (fromBadge < 0.21) return WHITE;
  }
  if (Math.hypot(x - 0.5, y - 0.5) >= 0.49) return null;
  return inHand(x, y) ? WHITE : disc;
}

/** The icon for `state` as PNG bytes, `size`×`size` pixels. */
export function drawTrayIcon(state: TrayState, size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = colourAt(
            state,
            (px + (sx + 0.5) / SUPERSAMPLE) / size,
            (py + (sy + 0.5) / SUPERSAMPLE) / size,
          );
          if (!colour) continue;
          covered++;
          for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + (colour[c] ?? 0);
        }
      }
      const at = (py * size + px) * 4;
      for (let c = 0; c < 3; c++)
        png.data[at + c] = covered ? Math.round((sum[c] ?? 0) / covered) : 0;
      png.data[at + 3] = Math.round((255 * covered) / SUPERSAMPLE ** 2);
    }
  }
  return PNG.sync.write(png);
}
