// The computer's state from the hardware script: boot time, time zone, users, network and
// Wi-Fi, and the security part (hardware-security.ts).
import type { NetworkInterfaceFacts, StateFacts } from '../hardware/device-state-facts.ts';
import { recordList, recordText, type JsonRecord } from './powershell-json.ts';
import { assign, isoTime, partRecord, partRecords } from './hardware-json-root.ts';
import { readWindowsSecurity } from './hardware-security.ts';
import { wlanSsid } from './netsh-wlan.ts';

/** `.\student`: LogonUI's way of writing a local account. */
const LOCAL_ACCOUNT_PREFIX = /^\.\\/;

/** The state facts; every field absent that the output lacks. */
export function readWindowsState(root: JsonRecord): StateFacts {
  const state: StateFacts = {};
  assign(state, 'bootTime', isoTime(root.LastBootUpTime));
  assign(state, 'timeZone', recordText(root, 'TimeZone'));
  const system = partRecord(root, 'ComputerSystem');
  // UserName is the console session's user; nobody at the console leaves it null.
  if (system) state.loggedInUsers = recordList(system, 'UserName');
  assign(
    state,
    'lastLoggedInUser',
    recordText(root, 'LastLoggedOnUser')?.replace(LOCAL_ACCOUNT_PREFIX, ''),
  );
  const adapters = partRecords(root, 'Network');
  if (root.Network !== undefined && root.Network !== null) {
    state.interfaces = adapters.map(readInterface);
    state.gateways = unique(adapters.flatMap((adapter) => recordList(adapter, 'DefaultIPGateway')));
    state.dnsServers = unique(
      adapters.flatMap((adapter) => recordList(adapter, 'DNSServerSearchOrder')),
    );
  }
  assign(state, 'wifiSsid', wlanSsid(recordList(root, 'Wlan')));
  assign(state, 'security', readWindowsSecurity(root));
  return state;
}

function readInterface(adapter: JsonRecord): NetworkInterfaceFacts {
  const addresses = recordList(adapter, 'IPAddress');
  const networkInterface: NetworkInterfaceFacts = {
    name: recordText(adapter, 'ConnectionName') ?? recordText(adapter, 'Description') ?? '',
    ipv4: addresses.filter((address) => !address.includes(':')),
    ipv6: addresses.filter((address) => address.includes(':')),
  };
  // Windows writes MACs upper-case with colons here (dashes elsewhere); Node and Linux lower-case.
  assign(
    networkInterface,
    'mac',
    recordText(adapter, 'MACAddress')?.replace(/-/g, ':').toLowerCase(),
  );
  return networkInterface;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
