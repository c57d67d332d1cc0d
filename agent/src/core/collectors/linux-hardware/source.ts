import type { HardwareSource } from '../hardware.ts';
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
 * tables (a Raspberry Pi's model, an AMD CPU's base clock) or from clinfo, the call is left to
 * `fallback`.
 */
export function linuxHardwareSource(fallback: HardwareSource): HardwareSource {
  return {
    system: async () => (await readLinuxSystem()) ?? fallback.system(),
    cpu: async () => (await readLinuxCpu()) ?? fallback.cpu(),
    mem: async () => readLinuxMemory(),
    fsSize: readLinuxFsSize,
    graphics: async () => (await readLinuxGraphics()) ?? fallback.graphics(),
    battery: async () => readLinuxBattery(),
    networkInterfaces: readLinuxNetworkInterfaces,
    uuid: readLinuxUuid,
  };
}
