import type { CollectorNote } from '@handraise/shared';
import type { PlatformFacts } from '../device-details.ts';
import { readDmiDetails, type DmiDetails } from './hardware/dmi-details.ts';
import { readLinuxMemoryModules, type MemoryModulesReading } from './hardware/memory-modules.ts';
import { collectLinuxState, type LinuxState } from './state/linux-state.ts';

/** The state readers' notes that concern hardware rather than the computer's state. */
const HARDWARE_NOTES: ReadonlySet<string> = new Set([
  'batteries',
  'disks',
  'disk-health',
  'disk-encryption',
  'displays',
  'printers',
]);

export type LinuxReaders = {
  state: () => Promise<LinuxState>;
  dmi: () => Promise<DmiDetails>;
  memory: () => Promise<MemoryModulesReading>;
};

const LINUX_READERS: LinuxReaders = {
  state: () => collectLinuxState(),
  dmi: () => readDmiDetails(),
  memory: () => readLinuxMemoryModules(),
};

/** Hardware details and state on Linux: the state readers, the firmware tables, dmidecode. */
export async function collectLinuxFacts(
  readers: LinuxReaders = LINUX_READERS,
): Promise<PlatformFacts> {
  const [linux, dmi, memory] = await Promise.all([
    readers.state(),
    readers.dmi(),
    readers.memory(),
  ]);
  const hardwareNotes: CollectorNote[] = [...dmi.notes, ...memory.notes];
  const stateNotes: CollectorNote[] = [];
  for (const entry of linux.notes) {
    (HARDWARE_NOTES.has(entry.collector) ? hardwareNotes : stateNotes).push(entry);
  }
  const facts: PlatformFacts = {
    identity: dmi.identity,
    state: linux.state,
    hardwareNotes,
    stateNotes,
  };
  if (memory.memory !== undefined) facts.memory = memory.memory;
  if (linux.batteries !== undefined) facts.batteries = linux.batteries;
  if (linux.disks !== undefined) facts.disks = linux.disks;
  if (linux.encryption !== undefined) facts.encryption = linux.encryption;
  if (linux.displays !== undefined) facts.displays = linux.displays;
  if (linux.printers !== undefined) facts.printers = linux.printers;
  return facts;
}
