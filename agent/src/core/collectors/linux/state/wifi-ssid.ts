import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  askTool,
  found,
  missing,
  pathExists,
  type Reading,
  type StateContext,
} from './state-reading.ts';

const COLLECTOR = 'wifi-ssid';

/** `iwgetid -r` prints the SSID alone; only the line break is dropped (SSIDs may hold blanks). */
export function parseIwgetid(stdout: string): string | undefined {
  const ssid = stdout.replace(/\r?\n$/, '');
  return ssid.trim() === '' ? undefined : ssid;
}

/**
 * The active network in `nmcli -t -f active,ssid dev wifi list` output: `yes:Name` lines, where
 * nmcli's terse mode escapes `:` and `\` in the name with a backslash.
 */
export function parseNmcliActiveSsid(stdout: string): string | undefined {
  for (const line of stdout.split(/\r?\n/)) {
    if (!line.startsWith('yes:')) continue;
    const ssid = line.slice('yes:'.length).replace(/\\(.)/g, '$1');
    if (ssid.trim() !== '') return ssid;
  }
  return undefined;
}

/** Interfaces the kernel knows as wireless: a `wireless` or `phy80211` entry under sysfs. */
export async function wirelessInterfaces(netClass: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(netClass);
  } catch {
    return [];
  }
  const wireless = await Promise.all(
    names.map(
      async (name) =>
        (await pathExists(join(netClass, name, 'wireless'))) ||
        (await pathExists(join(netClass, name, 'phy80211'))),
    ),
  );
  return names.filter((_, index) => wireless[index]);
}

/**
 * The SSID of the Wi-Fi network in use. No tool runs where the kernel knows no wireless card.
 * nmcli is told not to rescan: a scan takes seconds, and the connected network is known without.
 */
export async function readWifiSsid(context: StateContext): Promise<Reading<string>> {
  if ((await wirelessInterfaces(context.paths.netClass)).length === 0) {
    return missing(COLLECTOR, 'no Wi-Fi interface');
  }
  const iwgetid = await askTool(context, 'iwgetid', ['-r']);
  const fromIwgetid = iwgetid.ok ? parseIwgetid(iwgetid.stdout) : undefined;
  if (fromIwgetid !== undefined) return found(fromIwgetid);
  const nmcli = await askTool(context, 'nmcli', [
    '-t',
    '-f',
    'active,ssid',
    'dev',
    'wifi',
    'list',
    '--rescan',
    'no',
  ]);
  const fromNmcli = nmcli.ok ? parseNmcliActiveSsid(nmcli.stdout) : undefined;
  if (fromNmcli !== undefined) return found(fromNmcli);
  const reasons = [iwgetid, nmcli].map((answer) =>
    answer.ok ? 'no connected network' : answer.reason,
  );
  return missing(COLLECTOR, `not connected or unreadable: ${reasons.join('; ')}`);
}
