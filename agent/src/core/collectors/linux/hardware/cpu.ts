import { readFileSync } from 'node:fs';
import os from 'node:os';
import { runCommand } from '../../../run-command.ts';
import type { CpuFacts } from '../../hardware-mapping.ts';
import { lineValue } from './key-values.ts';
import { isRaspberryPi } from './system-identity.ts';

/** lscpu only reads /proc and /sys. */
const LSCPU_TIMEOUT_MS = 5_000;

/** lscpu exits 1 when part of the topology is unreadable, and still prints the rest. */
const LSCPU_OK_EXIT_CODES = [0, 1] as const;

/** Maker names in CPU brand strings, tested in this order; the last match wins. */
const CPU_MAKERS: readonly (readonly [string, string])[] = [
  ['intel', 'Intel'],
  ['amd', 'AMD'],
  ['qemu', 'QEMU'],
  ['hygon', 'Hygon'],
  ['centaur', 'WinChip/Via'],
  ['vmware', 'VMware'],
  ['tcg', 'QEMU'],
  ['apple', 'Apple'],
  ['sifive', 'SiFive'],
  ['thead', 'T-Head'],
  ['andestech', 'Andes Technology'],
];

/** The maker a brand string names, or the string itself. */
export function cpuMaker(text: string): string {
  const lower = text.toLowerCase();
  let maker = text;
  for (const [needle, name] of CPU_MAKERS) if (lower.includes(needle)) maker = name;
  return maker;
}

/**
 * "Intel(R) Core(TM) i5-8250U CPU" → maker "Intel", brand "Core™ i5-8250U": symbols for
 * (R), (TM) and (C), "CPU" dropped, the maker's word split off the front.
 */
export function splitBrand(modelName: string): { manufacturer: string; brand: string } {
  const cleaned = modelName
    .replace(/\(R\)+/g, '®')
    .replace(/\(TM\)+/g, '™')
    .replace(/\(C\)+/g, '©')
    .replace(/CPU+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { manufacturer: cpuMaker(cleaned), brand: cleaned.split(' ').slice(1).join(' ') };
}

/** The average current clock in GHz of the given cores, as systeminformation computed it. */
export function averageClockGHz(cpus: readonly { speed: number }[]): number {
  if (cpus.length === 0) return 0;
  // Node reports MHz; a figure of 100 or less is read as tenths of a GHz.
  const speeds = cpus.map(({ speed }) => (speed > 100 ? (speed + 1) / 1000 : speed / 10));
  const average = speeds.reduce((sum, speed) => sum + speed, 0) / speeds.length;
  return parseFloat(average.toFixed(2));
}

export type CpuReading = {
  /** `lscpu` in the C locale; empty if it could not run. */
  lscpu: string;
  cpus: readonly { model: string; speed: number }[];
  cpuinfo: () => Promise<string[]>;
};

/** Raspberry Pi SoCs by the processor field (bits 12–15) of a new-style revision code. */
const PI_PROCESSORS = ['BCM2835', 'BCM2836', 'BCM2837', 'BCM2711', 'BCM2712'] as const;

/**
 * The SoC of a Raspberry Pi from /proc/cpuinfo's revision code. New-style codes (bit 23 set)
 * carry the processor; the older codes all belong to the first boards, built on the BCM2835.
 */
export function raspberryPiSoc(cpuinfo: readonly string[]): string {
  const code = parseInt(lineValue(cpuinfo, 'revision', { trimLines: true }), 16);
  if (Number.isNaN(code) || (code & 0x80_0000) === 0) return 'BCM2835';
  return PI_PROCESSORS[(code >> 12) & 0xf] ?? '';
}

/**
 * A clock in GHz for a CPU whose name carries none (AMD Ryzen and EPYC, most ARM chips): lscpu's
 * "CPU max MHz", else the cores' current clock as Node reads it, else the kernel's "cpu MHz"
 * (virtual machines often report only that); 0 when nothing says.
 */
async function clockWithoutName(reading: CpuReading, lines: readonly string[]): Promise<number> {
  const toGHz = (mhz: number) => (mhz > 0 ? parseFloat((mhz / 1000).toFixed(2)) : 0);
  const max = toGHz(parseFloat(lineValue(lines, 'cpu max mhz')));
  if (max > 0) return max;
  const current = averageClockGHz(reading.cpus);
  if (current > 0) return current;
  const kernel = (await reading.cpuinfo())
    .filter((line) => /^cpu MHz\s*:/i.test(line))
    .map((line) => parseFloat(line.split(':')[1] ?? ''))
    .filter((mhz) => mhz > 0);
  if (kernel.length === 0) return 0;
  return toGHz(kernel.reduce((sum, mhz) => sum + mhz, 0) / kernel.length);
}

/**
 * The CPU as systeminformation's cpu() describes it on Linux, from lscpu's summary and Node's
 * per-core list. Where systeminformation would have looked the answer up in one of its tables,
 * this reads the machine instead: an AMD CPU's clock is lscpu's or the kernel's (not a table's
 * base clock), and a Raspberry Pi's SoC comes from its revision code.
 */
export async function cpuFromLscpu(reading: CpuReading): Promise<CpuFacts> {
  const lines = reading.lscpu === '' ? [] : reading.lscpu.split('\n');
  let modelName = reading.cpus[0]?.model ?? '';
  // lscpu's "BIOS Model name" (from DMI, read as root) wins over the kernel's model name.
  modelName = lineValue(lines, 'model name') || modelName;
  modelName = lineValue(lines, 'bios model name') || modelName;
  const [beforeAt = '', afterAt] = modelName.replace(/To Be Filled By O.E.M./g, '').split('@');
  let name = beforeAt.trim();
  if (name.includes('Unknown')) name = (name.split('Unknown')[0] ?? '').trim();

  let speed = afterAt ? parseFloat(afterAt.trim()) || 0 : 0;
  if (speed === 0) speed = await clockWithoutName(reading, lines);

  let { manufacturer, brand } = splitBrand(name);
  if (cpuMaker(lineValue(lines, 'vendor id')) === 'ARM') {
    const cpuinfo = await reading.cpuinfo();
    if (isRaspberryPi(cpuinfo)) {
      manufacturer = 'Broadcom';
      brand = raspberryPiSoc(cpuinfo);
    }
  }
  if (lineValue(lines, 'architecture') === 'riscv64') {
    // "sifive,u74-mc": the maker, then the core.
    const uarch = lineValue(await reading.cpuinfo(), 'uarch');
    if (uarch.includes(',')) {
      const [maker = '', core = ''] = uarch.split(',');
      manufacturer = cpuMaker(maker);
      brand = core;
    }
  }

  const cores = reading.cpus.length;
  const threadsPerCore = parseInt(lineValue(lines, 'thread(s) per core') || '1', 10);
  const sockets = parseInt(lineValue(lines, 'socket(s)') || '1', 10) || 1;
  const coresPerSocket = parseInt(lineValue(lines, 'core(s) per socket'), 10);
  const physicalCores = coresPerSocket ? coresPerSocket * sockets : cores / threadsPerCore;
  return { manufacturer, brand, cores, physicalCores, speed };
}

/** The CPU of this machine, whatever its maker. */
export async function readLinuxCpu(): Promise<CpuFacts> {
  let lscpu = '';
  try {
    ({ stdout: lscpu } = await runCommand('lscpu', [], {
      timeoutMs: LSCPU_TIMEOUT_MS,
      okExitCodes: LSCPU_OK_EXIT_CODES,
    }));
  } catch {
    // No lscpu (a minimal container): Node's model name and counts remain.
  }
  return cpuFromLscpu({
    lscpu,
    cpus: os.cpus(),
    cpuinfo: async () => {
      try {
        return readFileSync('/proc/cpuinfo', 'utf8').split('\n');
      } catch {
        return [];
      }
    },
  });
}
