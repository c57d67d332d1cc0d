// Monitors from `system_profiler -xml SPDisplaysDataType`: each graphics processor's item lists
// the monitors attached to it under `spdisplays_ndrvs`. The plist is read with the hardware
// readers' helpers; values go through the placeholder rule like every other hardware string.
import type { DisplayFacts } from '../../parsers/hardware/device-state-facts.ts';
import { meaningful } from '../../parsers/hardware/placeholders.ts';
import {
  plistText,
  readPlist,
  sectionItems,
} from '../../parsers/hardware/system-profiler-plist.ts';
import { isDict, type PlistDict } from '../../parsers/macos/plist-xml.ts';

const DISPLAYS = 'SPDisplaysDataType';
/** "3024 x 1964", "1920 x 1080 @ 60.00Hz", "2560 x 1440 (QHD/WQHD - Wide Quad High Definition)". */
const PIXELS = /^(\d+)\s*x\s*(\d+)/;

function pixels(display: PlistDict): { widthPx?: number; heightPx?: number } {
  // `_spdisplays_pixels` is the panel's own size; the resolution may be a scaled one.
  for (const key of ['_spdisplays_pixels', '_spdisplays_resolution', 'spdisplays_resolution']) {
    const match = PIXELS.exec(plistText(display[key])?.trim() ?? '');
    if (match?.[1] && match[2]) return { widthPx: Number(match[1]), heightPx: Number(match[2]) };
  }
  return {};
}

function displayOf(display: PlistDict): DisplayFacts {
  const facts: DisplayFacts = { ...pixels(display) };
  const model = meaningful(plistText(display._name));
  if (model !== undefined) facts.model = model;
  const serial = meaningful(
    plistText(display['_spdisplays_display-serial-number']) ??
      plistText(display.spdisplays_display_serial_number),
  );
  if (serial !== undefined) facts.serial = serial;
  return facts;
}

/** Every attached monitor; an empty list where the output lists none (or is not the XML). */
export function parseSystemProfilerDisplays(text: string): DisplayFacts[] {
  const gpus = sectionItems(readPlist(text), DISPLAYS);
  return gpus.flatMap((gpu) => {
    const attached = gpu.spdisplays_ndrvs;
    return Array.isArray(attached) ? attached.filter(isDict).map(displayOf) : [];
  });
}
