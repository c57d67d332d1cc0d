import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { isOnPath, runCommand } from '../../../run-command.ts';
import type { SystemFacts, UuidFacts } from '../../hardware-mapping.ts';
import { firstLine, lineValue } from './key-values.ts';

/** The kernel's copy of the SMBIOS System Information (what `dmidecode -t system` decodes). */
export const DMI_DIR = '/sys/devices/virtual/dmi/id';

/** Board strings left at their factory placeholder, which systeminformation blanked. */
export function cleanDefaults(value: string): string {
  const lower = value.toLowerCase();
  return lower.includes('o.e.m.') || lower.includes('default string') || lower === 'default'
    ? ''
    : value;
}

/** Hypervisors named in the kernel log, as `dmesg | grep` filtered them. */
export function kernelLogNamesHypervisor(log: string): boolean {
  return log
    .split('\n')
    .some(
      (line) =>
        /virtual|hypervisor/i.test(line) &&
        /vmware|qemu|kvm|xen/i.test(line) &&
        !/Nested Virtualization|\/virtual\//i.test(line),
    );
}

/** The Broadcom SoCs of Raspberry Pi boards, as /proc/cpuinfo's Hardware line names them. */
const RASPBERRY_PI_SOCS: ReadonlySet<string> = new Set([
  'BCM2708',
  'BCM2709',
  'BCM2710',
  'BCM2711',
  'BCM2712',
  'BCM2835',
  'BCM2836',
  'BCM2837',
  'BCM2837B0',
]);

/** A Raspberry Pi, by its /proc/cpuinfo (systeminformation decodes its revision from a table). */
export function isRaspberryPi(cpuinfo: readonly string[]): boolean {
  return (
    RASPBERRY_PI_SOCS.has(lineValue(cpuinfo, 'hardware')) ||
    lineValue(cpuinfo, 'model').includes('Raspberry Pi')
  );
}

export type DmiStrings = {
  vendor: string;
  product: string;
  version: string;
  serial: string;
  uuid: string;
};

/** What the rest of the system-identity rules look at besides the DMI strings. */
export type IdentityContext = {
  kernelRelease: string;
  dockerEnv: boolean;
  /** Only asked when nothing else named the model. */
  kernelLog: () => Promise<string>;
  /** /proc/cpuinfo's lines; undefined if it cannot be read. */
  cpuinfo: () => Promise<string[] | undefined>;
  disksById: () => Promise<string[]>;
};

/**
 * The maker, model, serial and UUID as systeminformation's system() settles them on Linux,
 * from the DMI strings: placeholders blanked (an unknown serial empty, not systeminformation's "-"), "Computer" when no model is known, Microsoft WSL
 * and Docker recognised, a virtual machine told by the kernel log, and an ARM board by
 * /proc/cpuinfo. Undefined for a Raspberry Pi, whose model only systeminformation's tables know.
 */
export async function settleSystem(
  dmi: DmiStrings,
  context: IdentityContext,
): Promise<SystemFacts | undefined> {
  const manufacturer = cleanDefaults(dmi.vendor);
  let model = cleanDefaults(dmi.product) || 'Computer';
  const version = cleanDefaults(dmi.version);
  // Unknown stays empty. systeminformation writes "-" there, a placeholder that would read as a
  // serial number to anyone downstream (the enrollment identity sent it as one).
  let serial = cleanDefaults(dmi.serial);
  const uuid = cleanDefaults(dmi.uuid).toLowerCase();
  let maker = manufacturer;

  const release = context.kernelRelease.toLowerCase();
  if (release.includes('microsoft') || release.endsWith('wsl2')) {
    if (!(await looksVirtual(manufacturer, model, context))) {
      maker = 'Microsoft';
      model = 'WSL';
    }
  }
  if (context.dockerEnv) model = 'Docker Container';
  if (model === 'Computer' && kernelLogNamesHypervisor(await context.kernelLog())) {
    model = 'Virtual machine';
  }
  if (maker === '' && model === 'Computer' && version === '') {
    const cpuinfo = await context.cpuinfo();
    if (cpuinfo !== undefined) {
      if (isRaspberryPi(cpuinfo)) return undefined;
      model = lineValue(cpuinfo, 'hardware', { trimLines: true }).toUpperCase();
      serial = lineValue(cpuinfo, 'serial', { trimLines: true });
    }
  }
  return { manufacturer: maker, model, serial, uuid };
}

// systeminformation's first test for a virtual machine, which keeps WSL from being claimed.
async function looksVirtual(
  manufacturer: string,
  model: string,
  context: IdentityContext,
): Promise<boolean> {
  const name = model.toLowerCase();
  if (['virtualbox', 'kvm', 'virtual machine', 'bochs'].includes(name)) return true;
  if (name.startsWith('vmware') || name.startsWith('droplet')) return true;
  const maker = manufacturer.toLowerCase();
  if (maker.startsWith('vmware') || maker === 'xen') return true;
  const disks = (await context.disksById()).join('\n');
  return disks.includes('_QEMU_') || disks.includes('QEMU ') || disks.includes('_VBOX_');
}

// Attributes of sysfs and procfs are generated in memory: read at once, not through the thread pool.
function readAttribute(dir: string, name: string): string {
  try {
    return firstLine(readFileSync(join(dir, name), 'utf8'));
  } catch {
    // Absent (no SMBIOS) or root-only (serial, UUID) when not root: unknown.
    return '';
  }
}

/**
 * The DMI strings from sysfs. Run as root, systeminformation asked dmidecode first, which
 * prints "Not Specified" for a string the firmware left out, where sysfs has an empty line:
 * that difference decides whether the model reads "Computer", so it is reproduced. Not for the
 * UUID: dmidecode's "Not Present" for an all-FF UUID went out as the UUID, the same on every
 * such board; an empty one is left out instead.
 */
export async function readDmiStrings(dir = DMI_DIR): Promise<DmiStrings> {
  const [vendor, product, version, serial, uuid] = [
    'sys_vendor',
    'product_name',
    'product_version',
    'product_serial',
    'product_uuid',
  ].map((name) => readAttribute(dir, name));
  const strings = {
    vendor: vendor ?? '',
    product: product ?? '',
    version: version ?? '',
    serial: serial ?? '',
    uuid: uuid ?? '',
  };
  const dmidecodeAnswers =
    process.getuid?.() === 0 && existsSync(dir) && isOnPath('dmidecode', process.env.PATH);
  if (!dmidecodeAnswers) return strings;
  const notSpecified = (value: string) => (value === '' ? 'Not Specified' : value);
  return {
    vendor: notSpecified(strings.vendor),
    product: notSpecified(strings.product),
    version: notSpecified(strings.version),
    // Not reproduced for the serial, which decides nothing here and would only carry a filler.
    serial: strings.serial,
    // dmidecode prints an absent UUID as "Not Settable"/"Not Present"; neither is a UUID.
    uuid: strings.uuid,
  };
}

const DMESG_TIMEOUT_MS = 5_000;

async function kernelLog(): Promise<string> {
  try {
    return (await runCommand('dmesg', [], { timeoutMs: DMESG_TIMEOUT_MS })).stdout;
  } catch {
    // Not root where the log is restricted, or no dmesg: no hint.
    return '';
  }
}

function cpuinfoLines(): string[] | undefined {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8').split('\n');
  } catch {
    return undefined;
  }
}

/** This machine's identity as systeminformation's system() gave it; undefined on a Raspberry Pi. */
export async function readLinuxSystem(): Promise<SystemFacts | undefined> {
  return settleSystem(await readDmiStrings(), {
    kernelRelease: os.release(),
    dockerEnv: existsSync('/.dockerenv') || existsSync('/.dockerinit'),
    kernelLog,
    cpuinfo: async () => cpuinfoLines(),
    disksById: async () => {
      try {
        return readdirSync('/dev/disk/by-id');
      } catch {
        return [];
      }
    },
  });
}

/** The hardware UUID as systeminformation's uuid() gave it: DMI's, else the CPU serial (ARM). */
export async function readLinuxUuid(): Promise<UuidFacts> {
  const uuid = readAttribute(DMI_DIR, 'product_uuid').toLowerCase();
  if (uuid !== '') return { hardware: uuid };
  return { hardware: lineValue(cpuinfoLines() ?? [], 'serial') };
}
