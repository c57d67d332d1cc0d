import { describe, expect, it } from 'vitest';
import { identityKeys } from './device-identity.ts';

describe('identityKeys', () => {
  it('gives nothing for a computer that reports only placeholders', () => {
    expect(identityKeys({ hostname: 'pc', serial: '-', uuid: '', macs: [] })).toEqual([]);
  });

  it('keys the machine id, hardware UUID, serial and stable network addresses apart', () => {
    const keys = identityKeys({
      hostname: 'pc',
      machineId: 'd3b07384d113edec49eaa6238ad5ff00',
      uuid: '4C4C4544-0046-4810-8057-B3C04F385A31',
      serial: 'HLG964J',
      macs: ['00:1B:21:3A:4F:10', '02:42:ac:11:00:02', '00:00:00:00:00:00'],
    });
    expect(keys.map((k) => k.kind)).toEqual(['machine-id', 'hardware-uuid', 'serial', 'macs']);
    expect(new Set(keys.map((k) => k.hash)).size).toBe(4);
  });

  it('matches the same values however they are written, and only them', () => {
    const [upper] = identityKeys({ hostname: 'a', uuid: '4C4C4544-0046-4810-8057-B3C04F385A31' });
    const [lower] = identityKeys({
      hostname: 'b',
      uuid: '4c4c45440046481080 57b3c04f385a31'.replace(' ', ''),
    });
    const [other] = identityKeys({ hostname: 'a', uuid: '4C4C4544-0046-4810-8057-B3C04F385A32' });
    expect(upper?.hash).toBe(lower?.hash);
    expect(upper?.hash).not.toBe(other?.hash);
  });

  it('ignores network addresses that are random or virtual (locally administered)', () => {
    const docker = identityKeys({
      hostname: 'a',
      macs: ['02:42:ac:11:00:02', 'fa:16:3e:00:00:01'],
    });
    expect(docker).toEqual([]);
    const [one] = identityKeys({ hostname: 'a', macs: ['00:1b:21:3a:4f:10', '00-1B-21-3A-4F-11'] });
    const [same] = identityKeys({
      hostname: 'a',
      macs: ['00:1b:21:3a:4f:11', '00:1b:21:3a:4f:10'],
    });
    expect(one?.hash).toBe(same?.hash);
  });
});
