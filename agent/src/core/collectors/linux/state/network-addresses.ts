import type { NetworkInterfaceFacts } from '../../../parsers/hardware/device-state-facts.ts';
import { meaningful } from '../../../parsers/hardware/placeholders.ts';
import { objectsOf, parseJson, stringField } from './json-fields.ts';
import { askTool, found, missing, type Reading, type StateContext } from './state-reading.ts';

/** Every interface `ip -j addr` lists except the loopback, with its addresses and MAC. */
export function parseIpAddrJson(stdout: string): NetworkInterfaceFacts[] {
  const interfaces: NetworkInterfaceFacts[] = [];
  for (const link of objectsOf(parseJson(stdout))) {
    const name = stringField(link, 'ifname');
    if (name === undefined || isLoopback(link)) continue;
    const facts: NetworkInterfaceFacts = { name, ipv4: [], ipv6: [] };
    // Tunnels carry no hardware address, and some drivers report all zeros: neither names a card.
    const mac = meaningful(stringField(link, 'address'));
    if (mac !== undefined && /^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/i.test(mac)) {
      facts.mac = mac.toLowerCase();
    }
    for (const address of objectsOf(link.addr_info)) {
      const local = stringField(address, 'local');
      const family = stringField(address, 'family');
      if (local === undefined) continue;
      if (family === 'inet') facts.ipv4.push(local);
      if (family === 'inet6') facts.ipv6.push(local);
    }
    interfaces.push(facts);
  }
  return interfaces;
}

function isLoopback(link: Record<string, unknown>): boolean {
  const flags = Array.isArray(link.flags) ? link.flags : [];
  return stringField(link, 'link_type') === 'loopback' || flags.includes('LOOPBACK');
}

/**
 * The gateways of `ip -j route show default` (either family), each once. Listed from every table
 * (`table all`, both families in one call), a route says its table unless it is the main one:
 * only the main table's count, as `show default` alone lists them.
 */
export function parseDefaultGateways(stdout: string): string[] {
  const gateways = objectsOf(parseJson(stdout))
    .filter((route) => (stringField(route, 'table') ?? 'main') === 'main')
    .map((route) => stringField(route, 'gateway'))
    .filter((gateway) => gateway !== undefined);
  return [...new Set(gateways)];
}

/** This machine's interfaces and addresses from `ip -j addr`. */
export async function readInterfaces(
  context: StateContext,
): Promise<Reading<NetworkInterfaceFacts[]>> {
  const answer = await askTool(context, 'ip', ['-j', 'addr']);
  if (!answer.ok) return missing('interfaces', answer.reason);
  if (!Array.isArray(parseJson(answer.stdout))) {
    return missing('interfaces', 'ip -j addr printed no JSON list');
  }
  return found(parseIpAddrJson(answer.stdout));
}

/**
 * The IPv4 and IPv6 default gateways, from one `ip` call (`table all` lists both families; a
 * table named alone lists IPv4 only); absent with a note when there is none.
 */
export async function readGateways(context: StateContext): Promise<Reading<string[]>> {
  const answer = await askTool(context, 'ip', ['-j', 'route', 'show', 'table', 'all', 'default']);
  if (!answer.ok) return missing('gateways', answer.reason);
  const gateways = parseDefaultGateways(answer.stdout);
  if (gateways.length === 0) return missing('gateways', 'no default route');
  return found(gateways);
}
