// The readers' state facts (parsers/hardware/device-state-facts.ts) as the contract's `state`
// section (shared deviceStateSchema). Sessions stay on the computer: the contract carries user
// names only. Values that do not fit the strict schema are left out rather than void the section.
import type { DeviceState } from '@handraise/shared';
import type {
  NetworkInterfaceFacts,
  SecurityFacts,
  StateFacts,
} from '../parsers/hardware/device-state-facts.ts';
import { wireText, withoutUndefined } from './field-values.ts';

/** The contract's bounds (shared hardware-details.ts). */
const MAX_USERS = 64;
const MAX_INTERFACES = 64;
const MAX_ADDRESSES = 32;
const MAX_GATEWAYS = 16;
const MAX_DNS_SERVERS = 16;
const MAX_ANTIVIRUS = 16;
const MAX_REBOOT_PACKAGES = 256;
const MAX_ADDRESS_CHARS = 64;

type Interface = NonNullable<DeviceState['interfaces']>[number];
type Security = NonNullable<DeviceState['security']>;
type Antivirus = NonNullable<Security['antivirus']>[number];

/** Non-empty, clipped texts, each once, in their first order, cut to `max`. */
function texts(values: readonly string[] | undefined, max: number): string[] | undefined {
  if (values === undefined) return undefined;
  const kept = values.map(wireText).filter((value): value is string => value !== undefined);
  return [...new Set(kept)].slice(0, max);
}

/** Addresses longer than any IPv6 text (with a zone) are not addresses; they are dropped. */
function addresses(values: readonly string[] | undefined, max: number): string[] | undefined {
  return texts(values, max)?.filter((value) => value.length <= MAX_ADDRESS_CHARS);
}

function isoTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

function networkInterface(facts: NetworkInterfaceFacts): Interface | undefined {
  const name = wireText(facts.name);
  if (name === undefined) return undefined;
  return withoutUndefined<Interface>({
    name,
    mac: wireText(facts.mac),
    ipv4: addresses(facts.ipv4, MAX_ADDRESSES) ?? [],
    ipv6: addresses(facts.ipv6, MAX_ADDRESSES) ?? [],
  });
}

function antivirus(facts: NonNullable<SecurityFacts['antivirus']>): Antivirus[] {
  return facts
    .flatMap((product) => {
      const name = wireText(product.name);
      if (name === undefined) return [];
      return [withoutUndefined({ name, enabled: product.enabled, upToDate: product.upToDate })];
    })
    .slice(0, MAX_ANTIVIRUS);
}

function firewall(facts: Record<string, boolean> | undefined): Record<string, boolean> | undefined {
  if (facts === undefined) return undefined;
  const entries = Object.entries(facts).flatMap(([profile, on]) => {
    const name = wireText(profile);
    return name === undefined ? [] : [[name, on] as const];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function security(facts: SecurityFacts | undefined): Security | undefined {
  if (facts === undefined) return undefined;
  const result = withoutUndefined<Security>({
    antivirus: facts.antivirus === undefined ? undefined : antivirus(facts.antivirus),
    firewallEnabled: firewall(facts.firewallEnabled),
    pendingReboot: facts.pendingReboot,
    rebootRequired: facts.rebootRequired,
    rebootRequiredBy: texts(facts.rebootRequiredBy, MAX_REBOOT_PACKAGES),
    lastUpdateInstalled: isoTime(facts.lastUpdateInstalled),
    sip: facts.sip,
    gatekeeper: facts.gatekeeper,
  });
  return Object.keys(result).length > 0 ? result : undefined;
}

/** The contract's state section from the readers' facts; an unknown fact is an absent key. */
export function toDeviceState(facts: StateFacts): DeviceState {
  return withoutUndefined<DeviceState>({
    bootTime: isoTime(facts.bootTime),
    timeZone: wireText(facts.timeZone),
    loggedInUsers: texts(facts.loggedInUsers, MAX_USERS),
    lastLoggedInUser: wireText(facts.lastLoggedInUser),
    interfaces: facts.interfaces
      ?.map(networkInterface)
      .filter((entry): entry is Interface => entry !== undefined)
      .slice(0, MAX_INTERFACES),
    gateways: addresses(facts.gateways, MAX_GATEWAYS),
    dnsServers: addresses(facts.dnsServers, MAX_DNS_SERVERS),
    wifiSsid: wireText(facts.wifiSsid),
    security: security(facts.security),
  });
}
