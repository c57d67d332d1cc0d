// What the devices list searches of a computer's hardware, kept small: the list goes to every
// console for the whole fleet, so each row carries a few short strings, never the hardware JSON.
import type { DeviceIdentifiers, Hardware } from '@handraise/shared';

/** Addresses kept per computer: a lab PC has one or two cards, a hypervisor host dozens. */
const MAX_ADDRESSES = 8;

export const NO_IDENTIFIERS: DeviceIdentifiers = { serial: null, model: null, ips: [], macs: [] };

/** "AA-BB-CC-DD-EE-FF" and "aabb.ccdd.eeff" become "aa:bb:cc:dd:ee:ff"; other text stays as it is. */
export function normalizeMac(mac: string): string {
  const hex = mac.toLowerCase().replace(/[^0-9a-f]/g, '');
  if (hex.length !== 12) return mac.trim().toLowerCase();
  return hex.match(/../g)!.join(':');
}

const isPlaceholderMac = (mac: string) => /^[0:]*$/.test(mac);
// Loopback and link-local addresses are on every computer: searching them finds the whole fleet.
const isLocalOnly = (ip: string) => /^(127\.|169\.254\.|::1$|fe80:)/i.test(ip);

/** The identifiers of a computer's reported hardware (none before its first report). */
export function identifiersOf(hardware: Hardware | null | undefined): DeviceIdentifiers {
  if (!hardware) return NO_IDENTIFIERS;
  const macs = new Set<string>();
  const ips = new Set<string>();
  for (const card of hardware.network) {
    const mac = normalizeMac(card.mac);
    if (mac && !isPlaceholderMac(mac)) macs.add(mac);
    for (const ip of [card.ipv4, card.ipv6])
      if (ip && !isLocalOnly(ip)) ips.add(ip.split('%')[0]!.toLowerCase());
  }
  return {
    serial: hardware.serial?.trim() || null,
    model: hardware.model?.trim() || null,
    ips: [...ips].slice(0, MAX_ADDRESSES),
    macs: [...macs].slice(0, MAX_ADDRESSES),
  };
}

/** The stored column (`devices.identifiers_json`) as a list row carries it. */
export function readIdentifiers(json: string | null): DeviceIdentifiers {
  return json === null ? NO_IDENTIFIERS : (JSON.parse(json) as DeviceIdentifiers);
}
