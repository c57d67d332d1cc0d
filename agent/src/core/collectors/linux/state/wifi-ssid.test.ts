import { afterEach, describe, expect, it } from 'vitest';
import { CommandNotFoundError } from '../../../run-command.ts';
import { fakeRunner } from '../../testing/fake-runner.ts';
import { contextUnder, temporaryTree } from './state-test-support.ts';
import {
  parseIwgetid,
  parseNmcliActiveSsid,
  readWifiSsid,
  wirelessInterfaces,
} from './wifi-ssid.ts';

describe('SSID parsers', () => {
  it('keeps blanks inside an SSID from iwgetid -r', () => {
    expect(parseIwgetid('School Guest \n')).toBe('School Guest ');
    expect(parseIwgetid('\n')).toBeUndefined();
    expect(parseIwgetid('')).toBeUndefined();
  });

  it("takes nmcli's active network and undoes its escapes", () => {
    const list = `no:Neighbour
yes:Lab\\:Floor 2\\\\B
no:
`;
    expect(parseNmcliActiveSsid(list)).toBe('Lab:Floor 2\\B');
    expect(parseNmcliActiveSsid('no:Neighbour\n')).toBeUndefined();
    expect(parseNmcliActiveSsid('')).toBeUndefined();
  });
});

describe('readWifiSsid', () => {
  const trees: (() => void)[] = [];
  afterEach(() => trees.splice(0).forEach((remove) => remove()));
  const tree = (entries: Parameters<typeof temporaryTree>[0]) => {
    const made = temporaryTree(entries);
    trees.push(made.remove);
    return made.root;
  };
  const wirelessTree = () =>
    tree({
      'sys/class/net/wlp2s0/phy80211/name': 'phy0\n',
      'sys/class/net/enp0s31f6/operstate': 'up\n',
    });

  it('runs nothing where the kernel knows no wireless card', async () => {
    const { run, calls } = fakeRunner({});
    const root = tree({ 'sys/class/net/eth0/operstate': 'up\n' });
    expect(await wirelessInterfaces(`${root}/sys/class/net`)).toEqual([]);
    expect(await readWifiSsid(contextUnder(root, run))).toEqual({
      notes: [{ collector: 'wifi-ssid', error: 'no Wi-Fi interface' }],
    });
    expect(calls).toEqual([]);
  });

  it('asks iwgetid, then nmcli without a rescan', async () => {
    const root = wirelessTree();
    expect(await wirelessInterfaces(`${root}/sys/class/net`)).toEqual(['wlp2s0']);
    const iwgetid = fakeRunner({ iwgetid: { stdout: 'Staff\n' } });
    expect((await readWifiSsid(contextUnder(root, iwgetid.run))).value).toBe('Staff');

    const nmcli = fakeRunner({
      iwgetid: new CommandNotFoundError('iwgetid'),
      nmcli: { stdout: 'yes:Classroom 12\n' },
    });
    expect((await readWifiSsid(contextUnder(root, nmcli.run))).value).toBe('Classroom 12');
    expect(nmcli.calls.at(-1)?.args).toContain('--rescan');
  });

  it('notes why when neither tool names a network', async () => {
    const { run } = fakeRunner({
      iwgetid: new Error('iwgetid exited with 255'),
      nmcli: new CommandNotFoundError('nmcli'),
    });
    expect(await readWifiSsid(contextUnder(wirelessTree(), run))).toEqual({
      notes: [
        {
          collector: 'wifi-ssid',
          error: 'not connected or unreadable: iwgetid exited with 255; nmcli is not installed',
        },
      ],
    });
  });
});
