import type { HardwareSource } from '../../hardware.ts';
import { readLinuxBattery } from './battery.ts';
import { readLinuxCpu } from './cpu.ts';
import { readLinuxFsSize } from './filesystems.ts';
import { readLinuxGraphics } from './graphics.ts';
import { readLinuxMemory } from './memory.ts';
import { readLinuxNetworkInterfaces } from './network.ts';
import { readLinuxSystem, readLinuxUuid } from './system-identity.ts';

/**
 * Hardware facts on Linux, read from /proc and /sys with three small programs (lscpu, df, and
 * lspci where a display controller exists; dmesg too where nothing names the computer's model)
 * instead of systeminformation's few dozen shells.
 * Each reader reproduces what systeminformation reported; where that came from one of its own
 * tables (a Raspberry Pi's model) or from clinfo, the call is left to `fallback`. The CPU is
 * always read here: its clock comes from the kernel, never from a table of model names.
 */
export function linuxHardwareSource(fallback: HardwareSource): HardwareSource {
  return {
    system: async () => (await readLinuxSystem()) ?? fallback.system(),
    cpu: readLinuxCpu,
    mem: async () => readLinuxMemory(),
    fsSize: readLinuxFsSize,
    graphics: async () => (await readLinuxGraphics()) ?? fallback.graphics(),
    battery: async () => readLinuxBattery(),
    networkInterfaces: readLinuxNetworkInterfaces,
    uuid: readLinuxUuid,
  };
}
