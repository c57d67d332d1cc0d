import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DisplayFacts } from '../../../parsers/hardware/device-state-facts.ts';
import { decodeEdid } from './edid.ts';
import {
  found,
  missing,
  readBytes,
  readTextFile,
  type Reading,
  type StateContext,
  type StateNote,
} from './state-reading.ts';

const COLLECTOR = 'displays';

/** Connector folders of /sys/class/drm: `card0-HDMI-A-1`, `card1-eDP-1` (not `card0`, `renderD128`). */
const CONNECTOR = /^card\d+-.+/;

/**
 * Monitors from the EDID each connected DRM connector exposes (readable by every user, no tool
 * needed). A connector that is connected but offers no valid EDID (some KVMs, virtual screens)
 * is noted rather than listed with nothing known.
 */
export async function readDisplays(context: StateContext): Promise<Reading<DisplayFacts[]>> {
  const drm = context.paths.drmClass;
  let entries: string[];
  try {
    entries = await readdir(drm);
  } catch {
    return missing(COLLECTOR, `no graphics device (${drm} is not readable or absent)`);
  }
  const connectors = entries.filter((entry) => CONNECTOR.test(entry)).sort();
  const read = await Promise.all(
    connectors.map(async (connector) => {
      const status = await readTextFile(join(drm, connector, 'status'));
      if (!status.ok || status.text.trim() !== 'connected') return undefined;
      const edid = await readBytes(join(drm, connector, 'edid'));
      return { connector, display: edid === undefined ? undefined : decodeEdid(edid) };
    }),
  );
  const connected = read.filter((entry) => entry !== undefined);
  if (connected.length === 0) return missing(COLLECTOR, 'no monitor connected');
  const displays: DisplayFacts[] = [];
  const notes: StateNote[] = [];
  for (const { connector, display } of connected) {
    if (display === undefined)
      notes.push({ collector: COLLECTOR, error: `${connector}: no valid EDID` });
    else displays.push(display);
  }
  return found(displays, notes);
}
