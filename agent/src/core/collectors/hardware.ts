import * as si from 'systeminformation';
import type { Systeminformation } from 'systeminformation';
import type { Hardware } from '@handraise/shared';
import { toHardware } from './hardware-mapping.ts';

/**
 * The systeminformation calls the hardware collector may make. Each is local and fast: together
 * ~120 ms on a 2-core Debian VM, `uuid()` ~10 ms of it. Calls such as `getAllData`, `versions`
 * or `inetChecksite` are deliberately absent: they are slow, spawn dozens of tools, or touch the
 * network.
 */
export type HardwareSource = {
  system: () => Promise<Systeminformation.SystemData>;
  cpu: () => Promise<Systeminformation.CpuData>;
  mem: () => Promise<Systeminformation.MemData>;
  fsSize: () => Promise<Systeminformation.FsSizeData[]>;
  graphics: () => Promise<Systeminformation.GraphicsData>;
  battery: () => Promise<Systeminformation.BatteryData>;
  networkInterfaces: () => Promise<Systeminformation.NetworkInterfacesData[]>;
  uuid: () => Promise<Systeminformation.UuidData>;
};

/** The real source: systeminformation itself. */
export const systeminformationSource: HardwareSource = {
  system: () => si.system(),
  cpu: () => si.cpu(),
  mem: () => si.mem(),
  fsSize: () => si.fsSize(),
  graphics: () => si.graphics(),
  battery: () => si.battery(),
  networkInterfaces: async () => {
    const result: unknown = await si.networkInterfaces();
    // The declared overloads also allow a single object; only arrays are useful here.
    return Array.isArray(result) ? (result as Systeminformation.NetworkInterfacesData[]) : [];
  },
  uuid: () => si.uuid(),
};

/**
 * Collects hardware facts. A failed optional call leaves its part empty; without CPU or memory
 * there is nothing worth reporting, so those failures throw.
 */
export async function collectHardware(
  source: HardwareSource = systeminformationSource,
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
