// The hardware script's JSON (collectors/windows/hardware-script.ts) as the shared hardware
// facts plus the device and state facts, with a note for each part that could not be read.
import { decodeText } from '../decode-text.ts';
import type {
  DiskDeviceFacts,
  DisplayFacts,
  EncryptionFacts,
  PrinterFacts,
  StateFacts,
} from '../hardware/device-state-facts.ts';
import type { HardwareFacts } from '../hardware/hardware-facts.ts';
import type { JsonRecord } from './powershell-json.ts';
import { readWindowsBatteries } from './hardware-battery.ts';
import { readWindowsDisks, readWindowsEncryption } from './hardware-disks.ts';
import { readWindowsDisplays, readWindowsPrinters } from './hardware-displays.ts';
import { readWindowsIdentity } from './hardware-identity.ts';
import { failedParts, partRecords, readHardwareRoot } from './hardware-json-root.ts';
import { readWindowsMemory } from './hardware-memory.ts';
import { readWindowsState } from './hardware-state.ts';

export type WindowsHardwareReport = {
  hardware: HardwareFacts;
  disks: DiskDeviceFacts[];
  encryption: EncryptionFacts[];
  displays: DisplayFacts[];
  printers: PrinterFacts[];
  state: StateFacts;
  /** Why a part is missing: "<class> could not be read", or the reason where it is known. */
  notes: string[];
};

/** root/WMI battery classes: on a computer without a battery they fail by design. */
const BATTERY_CLASSES: ReadonlySet<string> = new Set([
  'BatteryStaticData',
  'BatteryFullChargedCapacity',
  'BatteryCycleCount',
]);

/** Parses the hardware script's output; odd or empty text gives empty facts and a note. */
export function parseWindowsHardwareJson(text: string): WindowsHardwareReport {
  const root = readHardwareRoot(text);
  if (!root) {
    return {
      hardware: { identity: {}, batteries: [] },
      disks: [],
      encryption: [],
      displays: [],
      printers: [],
      state: {},
      notes: ['the output is not the hardware script’s JSON object'],
    };
  }
  const hardware: HardwareFacts = {
    identity: readWindowsIdentity(root),
    batteries: readWindowsBatteries(root),
  };
  const memory = readWindowsMemory(root);
  if (memory) hardware.memory = memory;
  return {
    hardware,
    disks: readWindowsDisks(root),
    encryption: readWindowsEncryption(root),
    displays: readWindowsDisplays(root),
    printers: readWindowsPrinters(root),
    state: readWindowsState(root),
    notes: notesFor(root),
  };
}

function notesFor(root: JsonRecord): string[] {
  const hasBattery = partRecords(root, 'Batteries').length > 0;
  const notes: string[] = [];
  for (const part of failedParts(root)) {
    if (BATTERY_CLASSES.has(part) && !hasBattery) continue;
    if (part === 'Win32_EncryptableVolume' && root.Elevated !== true) {
      notes.push('Win32_EncryptableVolume needs an elevated agent: BitLocker state unknown');
    } else if (part === 'AntiVirusProduct') {
      notes.push(
        'AntiVirusProduct could not be read (Security Center exists on workstations only)',
      );
    } else {
      notes.push(`${part} could not be read`);
    }
  }
  return notes;
}

/** The `handraise-agent parse` source for saved hardware script output. */
export const WINDOWS_HARDWARE_PARSE_SOURCES = {
  'windows-hardware-json': {
    describes: "the agent's hardware PowerShell script output (JSON)",
    parse: (bytes: Uint8Array): WindowsHardwareReport =>
      parseWindowsHardwareJson(decodeText(bytes)),
  },
};
