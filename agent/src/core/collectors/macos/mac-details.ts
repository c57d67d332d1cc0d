import { networkInterfaces } from 'node:os';
import type { CollectorNote } from '@handraise/shared';
import type { StateFacts } from '../../parsers/hardware/device-state-facts.ts';
import { parseSystemProfilerHardware } from '../../parsers/hardware/system-profiler-hardware.ts';
import { parseSystemProfilerPower } from '../../parsers/hardware/system-profiler-power.ts';
import { runCommand } from '../../run-command.ts';
import type { PlatformFacts } from '../device-details.ts';
import { readLoggedInUsers } from '../linux/state/logged-in-users.ts';
import { readPrinters } from '../linux/state/printers.ts';
import {
  askTool,
  LINUX_STATE_PATHS,
  STATE_COMMAND_TIMEOUT_MS,
  type StateContext,
  type ToolAnswer,
} from '../linux/state/state-reading.ts';
import { readTimeZone } from '../linux/state/time-zone.ts';
import { parseSystemProfilerDisplays } from './displays-xml.ts';
import {
  interfacesFromNode,
  parseKernBoottime,
  parseRouteGateway,
  parseScutilDns,
} from './mac-network.ts';
import { parseCsrutilStatus, parseFdesetupStatus, parseSpctlStatus } from './mac-security.ts';

/** system_profiler wakes the graphics and power drivers; seconds on an old Mac, rarely more. */
const PROFILER_TIMEOUT_MS = 30_000;
const PROFILER_TYPES = [
  'SPHardwareDataType',
  'SPMemoryDataType',
  'SPPowerDataType',
  'SPDisplaysDataType',
];

/** Facts this reader does not read on macOS yet; each is absent with this note. */
const NOT_READ_HARDWARE: CollectorNote[] = [
  { collector: 'disks', error: 'physical disks are not read on macOS' },
];
const NOT_READ_STATE: CollectorNote[] = [
  { collector: 'last-logged-in-user', error: 'not read on macOS' },
  { collector: 'wifi-ssid', error: 'not read on macOS' },
];

export type MacDetailsContext = {
  run: typeof runCommand;
  interfaces: typeof networkInterfaces;
  /** /etc/localtime and the rest, for the readers shared with Linux. */
  paths: StateContext['paths'];
};

const MAC_CONTEXT: MacDetailsContext = {
  run: runCommand,
  interfaces: networkInterfaces,
  paths: LINUX_STATE_PATHS,
};

/** A tool's answer read by `parse`, or a note saying why there is nothing. */
function readAnswer<T>(
  answer: ToolAnswer,
  collector: string,
  parse: (stdout: string) => T | undefined,
  notes: CollectorNote[],
): T | undefined {
  if (!answer.ok) {
    notes.push({ collector, error: answer.reason });
    return undefined;
  }
  const value = parse(answer.stdout);
  if (value === undefined) notes.push({ collector, error: 'the answer was not understood' });
  return value;
}

/** Hardware details and state on macOS: one system_profiler run and a few small tools. */
export async function collectMacFacts(
  mac: MacDetailsContext = MAC_CONTEXT,
): Promise<PlatformFacts> {
  const context: StateContext = {
    run: mac.run,
    paths: mac.paths,
    timeoutMs: STATE_COMMAND_TIMEOUT_MS,
  };
  const profilerContext = { ...context, timeoutMs: PROFILER_TIMEOUT_MS };
  const [profiler, csrutil, spctl, fdesetup, boottime, route, scutil, users, timeZone, printers] =
    await Promise.all([
      askTool(profilerContext, 'system_profiler', ['-xml', ...PROFILER_TYPES]),
      askTool(context, 'csrutil', ['status']),
      askTool(context, 'spctl', ['--status']),
      askTool(context, 'fdesetup', ['status']),
      askTool(context, 'sysctl', ['-n', 'kern.boottime']),
      askTool(context, 'route', ['-n', 'get', 'default']),
      askTool(context, 'scutil', ['--dns']),
      readLoggedInUsers(context),
      readTimeZone(context),
      readPrinters(context),
    ]);
  const hardwareNotes: CollectorNote[] = [...NOT_READ_HARDWARE, ...printers.notes];
  const stateNotes: CollectorNote[] = [...NOT_READ_STATE, ...users.notes, ...timeZone.notes];
  const facts: PlatformFacts = { hardwareNotes, stateNotes };

  if (profiler.ok) {
    const hardware = parseSystemProfilerHardware(profiler.stdout);
    facts.identity = hardware.identity;
    if (hardware.memory !== undefined) facts.memory = hardware.memory;
    const batteries = parseSystemProfilerPower(profiler.stdout);
    if (batteries.length > 0) facts.batteries = batteries;
    else hardwareNotes.push({ collector: 'batteries', error: 'no battery' });
    const displays = parseSystemProfilerDisplays(profiler.stdout);
    if (displays.length > 0) facts.displays = displays;
    else hardwareNotes.push({ collector: 'displays', error: 'no monitor listed' });
  } else {
    hardwareNotes.push({ collector: 'system-profiler', error: profiler.reason });
  }
  const fileVault = readAnswer(fdesetup, 'filevault', parseFdesetupStatus, hardwareNotes);
  if (fileVault !== undefined)
    facts.encryption = [{ volume: '/', method: 'filevault', state: fileVault }];
  if (printers.value !== undefined) facts.printers = printers.value;

  const state: StateFacts = { interfaces: interfacesFromNode(mac.interfaces()) };
  const bootTime = readAnswer(boottime, 'boot-time', parseKernBoottime, stateNotes);
  if (bootTime !== undefined) state.bootTime = bootTime;
  if (timeZone.value !== undefined) state.timeZone = timeZone.value;
  if (users.value !== undefined) state.loggedInUsers = users.value.users;
  const gateway = readAnswer(route, 'gateways', parseRouteGateway, stateNotes);
  if (gateway !== undefined) state.gateways = [gateway];
  const dns = readAnswer(
    scutil,
    'dns-servers',
    (text) => {
      const servers = parseScutilDns(text);
      return servers.length > 0 ? servers : undefined;
    },
    stateNotes,
  );
  if (dns !== undefined) state.dnsServers = dns;
  const sip = readAnswer(csrutil, 'sip', parseCsrutilStatus, stateNotes);
  const gatekeeper = readAnswer(spctl, 'gatekeeper', parseSpctlStatus, stateNotes);
  if (sip !== undefined || gatekeeper !== undefined) {
    state.security = {
      ...(sip === undefined ? {} : { sip }),
      ...(gatekeeper === undefined ? {} : { gatekeeper }),
    };
  }
  facts.state = state;
  return facts;
}
