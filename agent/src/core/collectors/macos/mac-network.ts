// macOS's boot time, default gateway and DNS servers, from the text of sysctl, route and
// scutil in the C locale. Each reader gives undefined (or an empty list) for text it does not
// recognise.
import type { networkInterfaces } from 'node:os';
import type { NetworkInterfaceFacts } from '../../parsers/hardware/device-state-facts.ts';

/** `sysctl -n kern.boottime`: "{ sec = 1733390000, usec = 123456 } Thu Dec  5 09:13:20 2024". */
export function parseKernBoottime(stdout: string): string | undefined {
  const seconds = /\bsec\s*=\s*(\d+)/.exec(stdout)?.[1];
  if (seconds === undefined) return undefined;
  const time = new Date(Number(seconds) * 1000);
  return Number.isNaN(time.getTime()) || Number(seconds) === 0 ? undefined : time.toISOString();
}

/** `route -n get default`: the "gateway: 192.168.1.1" line; none where there is no route. */
export function parseRouteGateway(stdout: string): string | undefined {
  return /^\s*gateway:\s*(\S+)/m.exec(stdout)?.[1];
}

/** `scutil --dns`: every "nameserver[0] : 192.168.1.1" of every resolver, each once, in order. */
export function parseScutilDns(stdout: string): string[] {
  const servers = [...stdout.matchAll(/^\s*nameserver\[\d+\]\s*:\s*(\S+)/gm)].map(
    (match) => match[1] ?? '',
  );
  return [...new Set(servers.filter((server) => server !== ''))];
}

/** Node's view of the interfaces, loopback aside, as the state's interface facts. */
export function interfacesFromNode(
  table: ReturnType<typeof networkInterfaces>,
): NetworkInterfaceFacts[] {
  const result: NetworkInterfaceFacts[] = [];
  for (const [name, addresses] of Object.entries(table)) {
    const list = addresses ?? [];
    if (list.length === 0 || list.every((address) => address.internal)) continue;
    const mac = list.find((address) => address.mac !== '00:00:00:00:00:00')?.mac;
    result.push({
      name,
      ...(mac === undefined ? {} : { mac }),
      ipv4: list.filter((address) => address.family === 'IPv4').map((address) => address.address),
      ipv6: list.filter((address) => address.family === 'IPv6').map((address) => address.address),
    });
  }
  return result;
}
