import {
  askTool,
  found,
  missing,
  readTextFile,
  type Reading,
  type StateContext,
} from './state-reading.ts';

const COLLECTOR = 'dns-servers';

/** systemd-resolved's local stub (and its proxy-only twin): the real servers are behind it. */
const RESOLVED_STUBS = new Set(['127.0.0.53', '127.0.0.54']);

/** The `nameserver` lines of a resolv.conf, in order, each once; comments skipped. */
export function parseResolvConf(text: string): string[] {
  const servers: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*nameserver\s+([^\s#;]+)/.exec(line);
    if (match?.[1] !== undefined) servers.push(match[1]);
  }
  return [...new Set(servers)];
}

/**
 * The servers of `resolvectl dns`: `Global: 1.1.1.1` and `Link 2 (eth0): 192.168.1.1 fe80::1`
 * lines. IPv6 addresses hold colons, so the label ends at the first colon followed by a blank;
 * a DNS-over-TLS name after `#` is dropped.
 */
export function parseResolvectlDns(stdout: string): string[] {
  const servers: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const labelEnd = line.indexOf(': ');
    if (labelEnd < 0) continue;
    for (const token of line.slice(labelEnd + 2).split(/\s+/)) {
      const address = token.split('#')[0] ?? '';
      if (address !== '') servers.push(address);
    }
  }
  return [...new Set(servers)];
}

/** Whether resolv.conf sends every query to systemd-resolved's local stub. */
export function isResolvedStub(servers: readonly string[]): boolean {
  return servers.length > 0 && servers.every((server) => RESOLVED_STUBS.has(server));
}

/**
 * The DNS servers this machine asks. Where resolv.conf names only systemd-resolved's stub, the
 * upstream servers come from the file resolved writes for that purpose (no process), else from
 * `resolvectl dns`; when neither answers, the stub itself is what the machine is known to use.
 */
export async function readDnsServers(context: StateContext): Promise<Reading<string[]>> {
  const file = await readTextFile(context.paths.resolvConf);
  if (!file.ok) return missing(COLLECTOR, file.reason);
  const servers = parseResolvConf(file.text);
  if (servers.length === 0) {
    return missing(COLLECTOR, `${context.paths.resolvConf} names no nameserver`);
  }
  if (!isResolvedStub(servers)) return found(servers);

  const upstreamFile = await readTextFile(context.paths.resolvedUpstreamConf);
  const upstream = upstreamFile.ok ? parseResolvConf(upstreamFile.text) : [];
  if (upstream.length > 0 && !isResolvedStub(upstream)) return found(upstream);
  const answer = await askTool(context, 'resolvectl', ['dns']);
  const fromTool = answer.ok ? parseResolvectlDns(answer.stdout) : [];
  if (fromTool.length > 0) return found(fromTool);
  const why = answer.ok ? 'resolvectl dns names no server' : answer.reason;
  return found(servers, [
    { collector: COLLECTOR, error: `only the local stub is known; upstream unknown: ${why}` },
  ]);
}
