// What every platform's live source shares: the interfaces worth showing and the top processes.
import type { NetworkInterfaceInfo } from 'node:os';
import type { LiveProcess, LiveSample } from '@handraise/shared';

/** Most interfaces and addresses listed: a school computer has two or three. */
const MAX_INTERFACES = 16;
const MAX_ADDRESSES = 8;

/** Interfaces that reach other computers (not loopback), with their addresses. */
export function interfaceAddresses(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>,
): { name: string; addresses: string[] }[] {
  return Object.entries(interfaces)
    .filter(([, infos]) => infos && infos.length > 0 && !infos.every((info) => info.internal))
    .slice(0, MAX_INTERFACES)
    .map(([name, infos]) => ({
      name,
      addresses: (infos ?? []).map((info) => info.address).slice(0, MAX_ADDRESSES),
    }));
}

/** The busiest and the largest processes, and the agent's own. */
export function topProcesses(
  processes: readonly LiveProcess[],
  selfPid: number,
  count: number,
): LiveSample['processes'] {
  const byCpu = [...processes]
    .sort((a, b) => b.cpuPercent - a.cpuPercent || b.memoryBytes - a.memoryBytes)
    .slice(0, count);
  const byMemory = [...processes]
    .filter((p) => p.memoryBytes > 0)
    .sort((a, b) => b.memoryBytes - a.memoryBytes || b.cpuPercent - a.cpuPercent)
    .slice(0, count);
  return { byCpu, byMemory, agent: processes.find((p) => p.pid === selfPid) ?? null };
}
