import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { NetworkInterfaceFacts } from '../../hardware-mapping.ts';
import { firstLine } from './key-values.ts';

/** Characters systeminformation removed from interface names before using them in a shell. */
const UNSAFE_NAME_CHARS = /[<>*?[\]|˚$;&#%!^\\\t\n\r'`"\0‘-„–-―()@ {}]/gu;

/** An interface name as systeminformation reported it: its alias suffix and shell characters gone. */
export function reportedInterfaceName(name: string): string {
  return (name.split(':')[0] ?? '').trim().replace(UNSAFE_NAME_CHARS, '');
}

export type InterfaceState = {
  /** /sys/class/net/<name>/operstate, first line; '' if unreadable. */
  operstate: (name: string) => Promise<string>;
  /** Lines of /proc/net/wireless. */
  wireless: string[];
};

/**
 * The interfaces with an address, as systeminformation's networkInterfaces() listed them on
 * Linux, from Node's own list plus one sysfs read each: the first IPv4 and IPv6 address, the
 * MAC, whether it is the loopback, and wired/wireless/virtual/unknown.
 */
export async function interfacesFrom(
  interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]>,
  state: InterfaceState,
): Promise<NetworkInterfaceFacts[]> {
  return Promise.all(
    Object.entries(interfaces).map(async ([dev, addresses = []]) => {
      const iface = reportedInterfaceName(dev);
      const operstate = await state.operstate(iface);
      let type = 'unknown';
      if (operstate === 'up') {
        type = state.wireless.some((line) => line.includes(iface)) ? 'wireless' : 'wired';
      }
      if (iface === 'lo' || iface.startsWith('bond')) type = 'virtual';
      return {
        iface,
        mac: addresses.at(-1)?.mac ?? '',
        ip4: addresses.find((a) => a.family === 'IPv4')?.address ?? '',
        ip6: addresses.find((a) => a.family === 'IPv6')?.address ?? '',
        type,
        internal: (addresses[0]?.internal ?? false) || dev.toLowerCase().includes('loopback'),
      };
    }),
  );
}

/** A procfs or sysfs file, read at once (it is generated in memory); '' if unreadable. */
function readPseudoFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** This machine's interfaces; no process started. */
export async function readLinuxNetworkInterfaces(): Promise<NetworkInterfaceFacts[]> {
  const wireless = readPseudoFile('/proc/net/wireless');
  return interfacesFrom(os.networkInterfaces(), {
    operstate: async (name) => firstLine(readPseudoFile(`/sys/class/net/${name}/operstate`)),
    wireless: wireless === '' ? [] : wireless.split('\n'),
  });
}
