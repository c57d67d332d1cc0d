// What the devices list searches of a computer's hardware, kept small: the list goes to every
// console for the whole fleet, so each row carries a few short strings, never the hardware JSON.
import type { DeviceIdentifiers, DeviceState, Hardware } from '@handraise/shared';

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

/** An address as the list searches it: no zone (`%eth0`) or prefix length, lower case. */
const searchableIp = (ip: string) => ip.split(/[%/]/)[0]!.trim().toLowerCase();

/**
 * The identifiers of a computer's reported hardware (none before its first report), with the
 * addresses of its state's interfaces after the hardware's own: the state lists every address of a
 * card, the hardware one of each kind. IPv4 first, the form people search by.
 */
export function identifiersOf(
  hardware: Hardware | null | undefined,
  state?: DeviceState | null,
): DeviceIdentifiers {
  const macs = new Set<string>();
  const ips = new Set<string>();
  for (const card of hardware?.network ?? []) {
    const mac = normalizeMac(card.mac);
    if (mac && !isPlaceholderMac(mac)) macs.add(mac);
    for (const ip of [card.ipv4, card.ipv6]) if (ip && !isLocalOnly(ip)) ips.add(searchableIp(ip));
  }
  const stateCards = state?.interfaces ?? [];
  for (const ip of [...stateCards.flatMap((c) => c.ipv4), ...stateCards.flatMap((c) => c.ipv6)])
    if (ip && !isLocalOnly(ip)) ips.add(searchableIp(ip));
  return {
    serial: hardware?.serial?.trim() || null,
    model: hardware?.model?.trim() || null,
    ips: [...ips].slice(0, MAX_ADDRESSES),
    macs: [...macs].slice(0, MAX_ADDRESSES),
  };
}

/** The stored column (`devices.identifiers_json`) as a list row carries it. */
export function readIdentifiers(json: string | null): DeviceIdentifiers {
  return json === null ? NO_IDENTIFIERS : (JSON.parse(json) as DeviceIdentifiers);
}
