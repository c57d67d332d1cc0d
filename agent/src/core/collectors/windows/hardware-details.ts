import type { CollectorNote } from '@handraise/shared';
import { parseWindowsHardwareJson } from '../../parsers/windows/hardware-json.ts';
import { runCommand } from '../../run-command.ts';
import type { PlatformFacts } from '../device-details.ts';
import { HARDWARE_SCRIPT } from './hardware-script.ts';
import { runPowerShell, type RunCommandFn } from './powershell.ts';

/**
 * The script reads some twenty CIM classes and the Windows Update history; on an old disk with
 * a cold WMI repository that takes tens of seconds. Generous, yet short of the section's bound.
 */
export const HARDWARE_SCRIPT_TIMEOUT_MS = 60_000;

/** The script's parts that describe the computer's state; every other part is hardware. */
const STATE_PARTS = [
  'Win32_OperatingSystem',
  'TimeZone',
  'Win32_NetworkAdapter',
  'Win32_NetworkAdapterConfiguration',
  'netsh wlan',
  'AntiVirusProduct',
  'Get-NetFirewallProfile',
  'RebootFlags',
  'Microsoft.Update.Session',
  'Get-HotFix',
  'LogonUI',
];

const COLLECTOR = 'windows-script';

/** A note names the part it is about first ("<class> could not be read"). */
function isStateNote(text: string): boolean {
  return STATE_PARTS.some((part) => text === part || text.startsWith(`${part} `));
}

/** Hardware details and state on Windows: the hardware script in one PowerShell run. */
export async function collectWindowsFacts(run: RunCommandFn = runCommand): Promise<PlatformFacts> {
  const { stdout } = await runPowerShell(HARDWARE_SCRIPT, {
    run,
    timeoutMs: HARDWARE_SCRIPT_TIMEOUT_MS,
  });
  const report = parseWindowsHardwareJson(stdout);
  const hardwareNotes: CollectorNote[] = [];
  const stateNotes: CollectorNote[] = [];
  for (const text of report.notes) {
    (isStateNote(text) ? stateNotes : hardwareNotes).push({ collector: COLLECTOR, error: text });
  }
  const facts: PlatformFacts = {
    identity: report.hardware.identity,
    batteries: report.hardware.batteries,
    disks: report.disks,
    encryption: report.encryption,
    displays: report.displays,
    printers: report.printers,
    state: report.state,
    hardwareNotes,
    stateNotes,
  };
  if (report.hardware.memory !== undefined) facts.memory = report.hardware.memory;
  return facts;
}
