import type {
  DiskDeviceFacts,
  DisplayFacts,
  EncryptionFacts,
  PrinterFacts,
  StateFacts,
} from '../../../parsers/hardware/device-state-facts.ts';
import type { BatteryFacts } from '../../../parsers/hardware/hardware-facts.ts';
import { runCommand } from '../../../run-command.ts';
import { readBatteries } from './batteries.ts';
import { readBootTime } from './boot-time.ts';
import { readBlockDevices } from './block-devices.ts';
import { readDisplays } from './displays.ts';
import { readDnsServers } from './dns-servers.ts';
import { readLastLoggedInUser, readLoggedInUsers } from './logged-in-users.ts';
import { readGateways, readInterfaces } from './network-addresses.ts';
import { readPrinters } from './printers.ts';
import { readRebootRequired } from './reboot-required.ts';
import {
  LINUX_STATE_PATHS,
  STATE_COMMAND_TIMEOUT_MS,
  type LinuxStatePaths,
  type Reading,
  type RunCommand,
  type StateContext,
  type StateNote,
} from './state-reading.ts';
import { readTimeZone } from './time-zone.ts';
import { readWifiSsid } from './wifi-ssid.ts';

export type LinuxStateOptions = {
  /** Runs the tools; tests pass a stand-in. */
  run?: RunCommand;
  /** Files and folders to read, each defaulting to the real one. */
  paths?: Partial<LinuxStatePaths>;
  /** Limit for each tool run. */
  timeoutMs?: number;
};

/** What the Linux state readers found; each missing fact is absent and one of `notes` says why. */
export type LinuxState = {
  state: StateFacts;
  disks?: DiskDeviceFacts[];
  encryption?: EncryptionFacts[];
  displays?: DisplayFacts[];
  printers?: PrinterFacts[];
  batteries?: BatteryFacts[];
  notes: StateNote[];
};

/**
 * The computer's state, disks, encryption, monitors, printers and batteries on Linux: files
 * under /proc, /sys and /etc first, a handful of small tools (ip, lsblk, who, last, lpstat)
 * where no file says it, every read at once and every tool bounded by a timeout.
 */
export async function collectLinuxState(options: LinuxStateOptions = {}): Promise<LinuxState> {
  const context: StateContext = {
    run: options.run ?? runCommand,
    paths: { ...LINUX_STATE_PATHS, ...options.paths },
    timeoutMs: options.timeoutMs ?? STATE_COMMAND_TIMEOUT_MS,
  };
  const [
    bootTime,
    timeZone,
    users,
    lastUser,
    interfaces,
    gateways,
    dnsServers,
    wifiSsid,
    reboot,
    blockDevices,
    displays,
    printers,
    batteries,
  ] = await Promise.all([
    readBootTime(context),
    readTimeZone(context),
    readLoggedInUsers(context),
    readLastLoggedInUser(context),
    readInterfaces(context),
    readGateways(context),
    readDnsServers(context),
    readWifiSsid(context),
    readRebootRequired(context),
    readBlockDevices(context),
    readDisplays(context),
    readPrinters(context),
    readBatteries(context),
  ]);

  const state: StateFacts = {};
  if (bootTime.value !== undefined) state.bootTime = bootTime.value;
  if (timeZone.value !== undefined) state.timeZone = timeZone.value;
  if (users.value !== undefined) {
    state.loggedInUsers = users.value.users;
    state.sessions = users.value.sessions;
  }
  if (lastUser.value !== undefined) state.lastLoggedInUser = lastUser.value;
  if (interfaces.value !== undefined) state.interfaces = interfaces.value;
  if (gateways.value !== undefined) state.gateways = gateways.value;
  if (dnsServers.value !== undefined) state.dnsServers = dnsServers.value;
  if (wifiSsid.value !== undefined) state.wifiSsid = wifiSsid.value;
  if (reboot.value !== undefined) state.security = { ...reboot.value };

  const { disks, encryption } = blockDevices;
  const result: LinuxState = { state, notes: [] };
  if (disks.value !== undefined) result.disks = disks.value;
  if (encryption.value !== undefined) result.encryption = encryption.value;
  if (displays.value !== undefined) result.displays = displays.value;
  if (printers.value !== undefined) result.printers = printers.value;
  if (batteries.value !== undefined) result.batteries = batteries.value;
  const readings: Reading<unknown>[] = [
    bootTime,
    timeZone,
    users,
    lastUser,
    interfaces,
    gateways,
    dnsServers,
    wifiSsid,
    reboot,
    disks,
    encryption,
    displays,
    printers,
    batteries,
  ];
  result.notes = readings.flatMap((reading) => reading.notes);
  return result;
}
