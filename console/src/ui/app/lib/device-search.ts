// The devices list's search box: every word typed must match something of the computer — its
// name, room, site, system, serial number or model anywhere in them, an IP address from its
// start, a network card's address in any of the ways people write one (aa:bb, AA-BB, aabb).
import type { Device } from '@handraise/shared';
import { osLabel } from './labels.ts';

/** Hex digits a word needs before it is read as part of a MAC address ("12" is a room number). */
const MIN_MAC_HEX_DIGITS = 4;

type Searchable = { text: string; ips: readonly string[]; macHex: readonly string[] };

// Worked out once per device object: a push replaces the object, so the cache never goes stale,
// and typing over 10,000 computers does not rebuild 10,000 strings per key press.
const cache = new WeakMap<Device, Searchable>();

function searchableOf(device: Device): Searchable {
  let found = cache.get(device);
  if (!found) {
    const { serial, model, ips, macs } = device.identifiers;
    const parts = [device.name, device.room, device.site, osLabel(device.os), serial, model];
    found = {
      text: parts.filter(Boolean).join(' ').toLowerCase(),
      ips,
      macHex: macs.map((mac) => mac.replace(/[^0-9a-f]/g, '')),
    };
    cache.set(device, found);
  }
  return found;
}

/** The word as MAC hex digits ("AA-BB" → "aabb"), or null when it cannot be part of one. */
function macHexOf(word: string): string | null {
  if (!/^[0-9a-f:.-]+$/.test(word)) return null;
  const hex = word.replace(/[^0-9a-f]/g, '');
  return hex.length >= MIN_MAC_HEX_DIGITS ? hex : null;
}

function wordMatches(found: Searchable, word: string): boolean {
  if (found.text.includes(word)) return true;
  if (found.ips.some((ip) => ip.startsWith(word))) return true;
  const hex = macHexOf(word);
  return hex !== null && found.macHex.some((mac) => mac.includes(hex));
}

/** True when every word of the search matches the device (an empty search matches all). */
export function matchesSearch(device: Device, search: string): boolean {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const found = searchableOf(device);
  return words.every((word) => wordMatches(found, word));
}
