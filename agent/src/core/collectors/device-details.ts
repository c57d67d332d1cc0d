// The facts each platform's readers find beyond systeminformation's answers, split between the
// two sections they belong to: hardware details (memory modules, batteries, disks, monitors,
// printers, firmware) and the computer's state (boot time, users, network, security).
import type { CollectorNote, DeviceState } from '@handraise/shared';
import type { StateFacts } from '../parsers/hardware/device-state-facts.ts';
import {
  toHardwareDetails,
  type HardwareDetailFacts,
  type HardwareDetails,
} from './hardware-details-mapping.ts';
import { toDeviceState } from './state-mapping.ts';

/** What one platform's readers found, with a note for each fact they could not read. */
export type PlatformFacts = HardwareDetailFacts & {
  state?: StateFacts;
  /** Named by fact (`displays`, `memory-modules`); prefixed with the section here. */
  hardwareNotes: CollectorNote[];
  stateNotes: CollectorNote[];
};

export type DeviceDetails = {
  hardware: { value: HardwareDetails; notes: CollectorNote[] };
  /** Undefined where the platform has no state readers. */
  state: { value: DeviceState | undefined; notes: CollectorNote[] };
};

const inSection = (section: string, notes: readonly CollectorNote[]): CollectorNote[] =>
  notes.map((entry) => ({ collector: `${section}/${entry.collector}`, error: entry.error }));

/** The facts mapped to the contract's shapes, each note named after its section. */
export function toDeviceDetails(facts: PlatformFacts): DeviceDetails {
  return {
    hardware: {
      value: toHardwareDetails(facts),
      notes: inSection('hardware', facts.hardwareNotes),
    },
    state: {
      value: facts.state === undefined ? undefined : toDeviceState(facts.state),
      notes: inSection('state', facts.stateNotes),
    },
  };
}

/** The platform's readers; each module is loaded only on its own platform. */
async function platformFacts(platform: NodeJS.Platform): Promise<PlatformFacts> {
  if (platform === 'linux') return (await import('./linux/linux-details.ts')).collectLinuxFacts();
  if (platform === 'win32')
    return (await import('./windows/hardware-details.ts')).collectWindowsFacts();
  if (platform === 'darwin') return (await import('./macos/mac-details.ts')).collectMacFacts();
  return {
    hardwareNotes: [],
    stateNotes: [{ collector: 'platform', error: `no state readers for ${platform}` }],
  };
}

/** Collects and maps this computer's hardware details and state. */
export async function collectDeviceDetails(
  platform: NodeJS.Platform = process.platform,
): Promise<DeviceDetails> {
  return toDeviceDetails(await platformFacts(platform));
}
