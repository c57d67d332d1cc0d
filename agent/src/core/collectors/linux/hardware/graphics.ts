import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isOnPath, runCommand } from '../../../run-command.ts';
import type { GraphicsFacts } from '../../hardware-mapping.ts';

/** lspci names devices from its ID database; -vvv reads each device's configuration too. */
const LSPCI_TIMEOUT_MS = 10_000;

/** PCI base class 0x03: VGA, XGA, 3D and other display controllers. */
const DISPLAY_CLASS_PREFIX = '0x03';

type Controller = GraphicsFacts['controllers'][number];

/** The part of a name up to and including `end` (at `at`), and the model after it. */
function splitAt(text: string, at: number, end: number): Controller {
  return {
    vendor: text.slice(0, at + end).trim(),
    model: (
      text
        .slice(at + end, at + end + 200)
        .trim()
        .split('(')[0] ?? ''
    ).trim(),
  };
}

/**
 * Maker and model of one display controller from its lspci line, as systeminformation split
 * them: "Intel Corporation | UHD Graphics 620", "Advanced Micro Devices, Inc. [AMD/ATI] | Renoir".
 * The model stops at the first parenthesis ("(rev 07)", "(prog-if 00 …)"). A maker named
 * without "Corporation", "Inc." or "Ltd." gives neither.
 */
export function splitControllerName(name: string): Controller {
  const lower = name.toLowerCase();
  const corporation = lower.indexOf('corporation');
  if (corporation >= 0) return splitAt(name, corporation, 'corporation'.length);
  for (const suffix of [' inc.', ' ltd.']) {
    const at = lower.indexOf(suffix);
    if (at < 0) continue;
    // "Advanced Micro Devices, Inc. [AMD/ATI] Picasso [Radeon Vega]": the maker ends at the first ].
    if ((name.match(/]/g) ?? []).length > 1) return splitAt(name, lower.indexOf(']'), 1);
    return splitAt(name, at, suffix.length);
  }
  return { vendor: '', model: '' };
}

/** The display controllers in `lspci -vvv` output, one per device line of a display class. */
export function parseLspciControllers(stdout: string): Controller[] {
  const controllers: Controller[] = [];
  for (const line of stdout.split('\n')) {
    // Device lines start at the margin; their details are indented.
    if (line.trim() === '' || line.startsWith(' ') || line.startsWith('\t')) continue;
    const lower = line.toLowerCase();
    let at = lower.indexOf(' vga ');
    if (at === -1) at = lower.indexOf('3d controller');
    if (at === -1) at = lower.indexOf('display controller');
    if (at === -1) continue;
    // With -nn the IDs follow the name in brackets: "[8086:3ea0]".
    const end = line.search(/\[[0-9a-f]{4}:[0-9a-f]{4}]|$/);
    const name = line.slice(at, Math.max(at, end)).split(':')[1];
    controllers.push(
      name === undefined ? { vendor: '', model: '' } : splitControllerName(name.trim()),
    );
  }
  return controllers;
}

/** Whether any PCI device is a display controller, from the classes the kernel lists. */
export function hasPciDisplay(devices = '/sys/bus/pci/devices'): boolean {
  let names: string[];
  try {
    names = readdirSync(devices);
  } catch {
    return false;
  }
  return names.some((name) => {
    try {
      const pciClass = readFileSync(join(devices, name, 'class'), 'utf8');
      return pciClass.trim().toLowerCase().startsWith(DISPLAY_CLASS_PREFIX);
    } catch {
      return false;
    }
  });
}

/**
 * Graphics controllers as systeminformation's graphics() listed them on Linux, without the
 * display, xrandr and dmidecode calls whose answers the report does not use, and without
 * running lspci at all on a machine with no display controller (a server, a VM). Undefined
 * where clinfo is installed: systeminformation then renamed controllers after OpenCL's names.
 */
export async function readLinuxGraphics(): Promise<GraphicsFacts | undefined> {
  if (isOnPath('clinfo', process.env.PATH)) return undefined;
  if (!hasPciDisplay()) return { controllers: [] };
  try {
    const { stdout } = await runCommand('lspci', ['-vvv'], { timeoutMs: LSPCI_TIMEOUT_MS });
    return { controllers: parseLspciControllers(stdout) };
  } catch {
    return { controllers: [] };
  }
}
