import { afterEach, describe, expect, it } from 'vitest';
import { CommandNotFoundError } from '../../../run-command.ts';
import { fakeRunner } from '../../testing/fake-runner.ts';
import {
  isResolvedStub,
  parseResolvConf,
  parseResolvectlDns,
  readDnsServers,
} from './dns-servers.ts';
import { contextUnder, temporaryTree } from './state-test-support.ts';

const STUB_RESOLV_CONF = `# This is /run/systemd/resolve/stub-resolv.conf managed by man:systemd-resolved(8).
nameserver 127.0.0.53
options edns0 trust-ad
search school.example
`;

const UPSTREAM_RESOLV_CONF = `# This is /run/systemd/resolve/resolv.conf managed by man:systemd-resolved(8).
nameserver 10.20.0.2
nameserver 10.20.0.3
search school.example
`;

// `resolvectl dns` with a DNS-over-TLS server name and a link without servers.
const RESOLVECTL_DNS = `Global: 9.9.9.9#dns.quad9.net
Link 2 (enp0s31f6):
Link 3 (wlp2s0): 10.20.0.2 2001:db8::53
`;

describe('DNS parsers', () => {
  it('reads nameserver lines, skipping comments and options', () => {
    expect(
      parseResolvConf(`# nameserver 1.1.1.1
; nameserver 8.8.8.8
nameserver 192.168.1.1 # the router
nameserver fe80::1%wlp2s0
  nameserver   192.168.1.1
domain home
`),
    ).toEqual(['192.168.1.1', 'fe80::1%wlp2s0']);
    expect(parseResolvConf('')).toEqual([]);
  });

  it('reads resolvectl dns, IPv6 colons and all', () => {
    expect(parseResolvectlDns(RESOLVECTL_DNS)).toEqual(['9.9.9.9', '10.20.0.2', '2001:db8::53']);
    expect(parseResolvectlDns('')).toEqual([]);
  });

  it("recognises systemd-resolved's stub", () => {
    expect(isResolvedStub(['127.0.0.53'])).toBe(true);
    expect(isResolvedStub(['127.0.0.53', '10.0.0.1'])).toBe(false);
    expect(isResolvedStub([])).toBe(false);
  });
});

describe('readDnsServers', () => {
  const trees: (() => void)[] = [];
  afterEach(() => trees.splice(0).forEach((remove) => remove()));
  const tree = (entries: Parameters<typeof temporaryTree>[0]) => {
    const made = temporaryTree(entries);
    trees.push(made.remove);
    return made.root;
  };
  const noResolvectl = fakeRunner({ resolvectl: new CommandNotFoundError('resolvectl') });

  it('reports the servers of a plain resolv.conf without running anything', async () => {
    const root = tree({ 'etc/resolv.conf': 'nameserver 192.168.1.1\nnameserver 1.1.1.1\n' });
    expect(await readDnsServers(contextUnder(root, noResolvectl.run))).toEqual({
      value: ['192.168.1.1', '1.1.1.1'],
      notes: [],
    });
    expect(noResolvectl.calls).toEqual([]);
  });

  it("looks behind resolved's stub: its upstream file first, then resolvectl", async () => {
    const withFile = tree({
      'etc/resolv.conf': STUB_RESOLV_CONF,
      'run/systemd/resolve/resolv.conf': UPSTREAM_RESOLV_CONF,
    });
    expect((await readDnsServers(contextUnder(withFile, noResolvectl.run))).value).toEqual([
      '10.20.0.2',
      '10.20.0.3',
    ]);

    const withoutFile = tree({ 'etc/resolv.conf': STUB_RESOLV_CONF });
    const resolvectl = fakeRunner({ 'resolvectl dns': { stdout: RESOLVECTL_DNS } });
    expect((await readDnsServers(contextUnder(withoutFile, resolvectl.run))).value).toEqual([
      '9.9.9.9',
      '10.20.0.2',
      '2001:db8::53',
    ]);
  });

  it('keeps the stub, with a note, when nothing tells what is behind it', async () => {
    const root = tree({ 'etc/resolv.conf': STUB_RESOLV_CONF });
    expect(await readDnsServers(contextUnder(root, noResolvectl.run))).toEqual({
      value: ['127.0.0.53'],
      notes: [
        {
          collector: 'dns-servers',
          error: 'only the local stub is known; upstream unknown: resolvectl is not installed',
        },
      ],
    });
  });

  it('notes a missing or empty resolv.conf', async () => {
    const none = await readDnsServers(contextUnder(tree({}), noResolvectl.run));
    expect(none.value).toBeUndefined();
    expect(none.notes[0]?.error).toMatch(/resolv.conf does not exist/);
    const empty = tree({ 'etc/resolv.conf': '# no servers\n' });
    expect((await readDnsServers(contextUnder(empty, noResolvectl.run))).notes[0]?.error).toMatch(
      /names no nameserver/,
    );
  });
});
