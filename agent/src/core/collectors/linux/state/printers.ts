import type { PrinterFacts } from '../../../parsers/hardware/device-state-facts.ts';
import { askTool, found, missing, type Reading, type StateContext } from './state-reading.ts';

const COLLECTOR = 'printers';

/** URI schemes of queues that print over the network (CUPS backends). */
const NETWORK_SCHEMES = new Set([
  'ipp',
  'ipps',
  'http',
  'https',
  'socket',
  'lpd',
  'smb',
  'dnssd',
  'beh',
]);

/** Queue names from `lpstat -e`, one a line. */
export function parseLpstatDestinations(stdout: string): string[] {
  const names = stdout
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/\s/.test(line));
  return [...new Set(names)];
}

/** The default queue in `lpstat -d` ("system default destination: Office"), if any. */
export function parseLpstatDefault(stdout: string): string | undefined {
  const match = /^system default destination:\s*(\S+)\s*$/m.exec(stdout);
  return match?.[1];
}

/** Queue → device URI from `lpstat -v` ("device for Office: ipp://10.0.0.5/ipp/print"). */
export function parseLpstatDevices(stdout: string): Map<string, string> {
  const devices = new Map<string, string>();
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^device for (\S+):\s*(\S+)\s*$/.exec(line.trim());
    if (match?.[1] !== undefined && match[2] !== undefined) devices.set(match[1], match[2]);
  }
  return devices;
}

/**
 * Whether a device URI prints over the network. HPLIP writes its own scheme with the path
 * saying which (`hp:/net/…` or `hp:/usb/…`).
 */
export function isNetworkUri(uri: string): boolean {
  const scheme = uri.split(':')[0]?.toLowerCase() ?? '';
  if (scheme === 'hp' || scheme === 'hpfax') return uri.toLowerCase().startsWith(`${scheme}:/net/`);
  return NETWORK_SCHEMES.has(scheme);
}

/** A device URI without the user name and password some backends carry (`smb://user:pw@host/q`). */
export function withoutCredentials(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

/** The queues with their device and whether each is the default. */
export function printersFrom(
  names: readonly string[],
  defaultName: string | undefined,
  devices: ReadonlyMap<string, string>,
): PrinterFacts[] {
  return names.map((name) => {
    const printer: PrinterFacts = { name, isDefault: name === defaultName };
    const uri = devices.get(name);
    if (uri !== undefined) {
      printer.port = withoutCredentials(uri);
      printer.isNetwork = isNetworkUri(uri);
    }
    return printer;
  });
}

/** CUPS queues through lpstat; absent where CUPS is not installed or its scheduler is down. */
export async function readPrinters(context: StateContext): Promise<Reading<PrinterFacts[]>> {
  const [destinations, defaults, devices] = await Promise.all([
    askTool(context, 'lpstat', ['-e']),
    askTool(context, 'lpstat', ['-d']),
    askTool(context, 'lpstat', ['-v']),
  ]);
  if (!destinations.ok) return missing(COLLECTOR, destinations.reason);
  const names = parseLpstatDestinations(destinations.stdout);
  return found(
    printersFrom(
      names,
      defaults.ok ? parseLpstatDefault(defaults.stdout) : undefined,
      devices.ok ? parseLpstatDevices(devices.stdout) : new Map(),
    ),
  );
}
