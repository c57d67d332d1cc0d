import type { Hardware } from '@handraise/shared';
import {
  toHardware,
  type BatteryFacts,
  type CpuFacts,
  type FsSizeFacts,
  type GraphicsFacts,
  type MemFacts,
  type NetworkInterfaceFacts,
  type SystemFacts,
  type UuidFacts,
} from './hardware-mapping.ts';
import { linuxHardwareSource } from './linux/hardware/source.ts';

/**
 * The calls the hardware collector may make. Each is local and fast. systeminformation's
 * `getAllData`, `versions` or `inetChecksite` are deliberately absent: they are slow, spawn
 * dozens of tools, or touch the network.
 */
export type HardwareSource = {
  system: () => Promise<SystemFacts>;
  cpu: () => Promise<CpuFacts>;
  mem: () => Promise<MemFacts>;
  fsSize: () => Promise<FsSizeFacts[]>;
  graphics: () => Promise<GraphicsFacts>;
  battery: () => Promise<BatteryFacts>;
  networkInterfaces: () => Promise<NetworkInterfaceFacts[]>;
  uuid: () => Promise<UuidFacts>;
};

/** systeminformation is large (~0.7 MB of code); it is loaded only where it is used. */
const systeminformation = () => import('systeminformation');

/** systeminformation itself: Windows, macOS, and the Linux cases its own tables answer. */
export const systeminformationSource: HardwareSource = {
  system: async () => (await systeminformation()).system(),
  cpu: async () => (await systeminformation()).cpu(),
  mem: async () => (await systeminformation()).mem(),
  fsSize: async () => (await systeminformation()).fsSize(),
  graphics: async () => (await systeminformation()).graphics(),
  battery: async () => (await systeminformation()).battery(),
  networkInterfaces: async () => {
    const result: unknown = await (await systeminformation()).networkInterfaces();
    // The declared overloads also allow a single object; only arrays are useful here.
    return Array.isArray(result) ? (result as NetworkInterfaceFacts[]) : [];
  },
  uuid: async () => (await systeminformation()).uuid(),
};

/** The source for a platform: the agent's own readers on Linux, systeminformation elsewhere. */
export function hardwareSourceFor(platform: NodeJS.Platform = process.platform): HardwareSource {
  return platform === 'linux'
    ? linuxHardwareSource(systeminformationSource)
    : systeminformationSource;
}

/**
 * Collects hardware facts. A failed optional call leaves its part empty; without CPU or memory
 * there is nothing worth reporting, so those failures throw.
 */
export async function collectHardware(
  source: HardwareSource = hardwareSourceFor(),
): Promise<Hardware> {
  // allSettled: every call finishes before we decide, so no rejection is left unhandled.
  const [system, cpu, mem, fsSize, graphics, battery, networkInterfaces, uuid] =
    await Promise.allSettled([
      attempt(source.system),
      attempt(source.cpu),
      attempt(source.mem),
      attempt(source.fsSize),
      attempt(source.graphics),
      attempt(source.battery),
      attempt(source.networkInterfaces),
      attempt(source.uuid),
    ]);
  if (cpu.status === 'rejected') throw new Error(`cpu() failed: ${reason(cpu.reason)}`);
  if (mem.status === 'rejected') throw new Error(`mem() failed: ${reason(mem.reason)}`);
  return toHardware({
    system: valueOf(system),
    cpu: cpu.value,
    mem: mem.value,
    fsSize: valueOf(fsSize) ?? [],
    graphics: valueOf(graphics),
    battery: valueOf(battery),
    networkInterfaces: valueOf(networkInterfaces) ?? [],
    uuid: valueOf(uuid),
  });
}

// Turns a synchronous throw into a rejection, so it is handled like any other failure.
function attempt<T>(call: () => Promise<T>): Promise<T> {
  return Promise.resolve().then(call);
}

function valueOf<T>(result: PromiseSettledResult<T>): T | undefined {
  return result.status === 'fulfilled' ? result.value : undefined;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
