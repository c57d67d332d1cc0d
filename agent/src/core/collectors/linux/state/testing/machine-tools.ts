// Test support: what this machine's own tools say, for the integration tests that compare the
// agent's state readings with them (the readers' own code is not used here).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isOnPath } from '../../../../run-command.ts';
import { pathWithSbin } from '../state-reading.ts';

const PATH = pathWithSbin(process.env.PATH);
const ENV = { ...process.env, PATH, LC_ALL: 'C', LANG: 'C' };

/** A tool's output, or undefined when it is missing or fails. */
export function machineTool(cmd: string, args: string[]): string | undefined {
  if (!isOnPath(cmd, PATH)) return undefined;
  try {
    return execFileSync(cmd, args, {
      encoding: 'utf8',
      env: ENV,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch {
    return undefined;
  }
}

/** The boot time `/proc/stat` gives (btime), as ISO 8601. */
export function bootTimeFromProcStat(): string {
  const seconds = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1];
  if (seconds === undefined) throw new Error('/proc/stat has no btime line');
  return new Date(Number(seconds) * 1000).toISOString();
}

type IpLink = {
  ifname: string;
  link_type?: string;
  addr_info?: { family: string; local: string }[];
};

/** `ip -j addr`'s interfaces, loopback aside, with their addresses; undefined without `ip`. */
export function interfacesFromIp(): { name: string; ipv4: string[]; ipv6: string[] }[] | undefined {
  const listed = machineTool('ip', ['-j', 'addr']);
  if (listed === undefined) return undefined;
  return (JSON.parse(listed) as IpLink[])
    .filter((link) => link.link_type !== 'loopback')
    .map((link) => ({
      name: link.ifname,
      ipv4: (link.addr_info ?? []).filter((a) => a.family === 'inet').map((a) => a.local),
      ipv6: (link.addr_info ?? []).filter((a) => a.family === 'inet6').map((a) => a.local),
    }));
}

/** The IPv4 and IPv6 default gateways `ip` shows (empty without `ip` or a default route). */
export function defaultGatewaysFromIp(): string[] {
  return [
    ['-j', 'route', 'show', 'default'],
    ['-j', '-6', 'route', 'show', 'default'],
  ]
    .flatMap((args) => JSON.parse(machineTool('ip', args) ?? '[]') as { gateway?: string }[])
    .flatMap((route) => (route.gateway === undefined ? [] : [route.gateway]));
}
