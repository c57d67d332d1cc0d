import { describe, expect, it } from 'vitest';
import { LINUX_STATE_PARSE_SOURCES } from './parse-sources.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('LINUX_STATE_PARSE_SOURCES', () => {
  it('reads saved outputs as bytes, a UTF-8 BOM included', () => {
    expect(LINUX_STATE_PARSE_SOURCES['proc-stat'].parse(bytes('btime 1700000000\n'))).toEqual({
      bootTime: '2023-11-14T22:13:20.000Z',
    });
    expect(
      LINUX_STATE_PARSE_SOURCES['resolv-conf'].parse(bytes('\uFEFFnameserver 10.1.1.1\n')),
    ).toEqual(['10.1.1.1']);
    expect(
      LINUX_STATE_PARSE_SOURCES.who.parse(bytes('ana      tty2         Dec  6 08:02 (tty2)\n')),
    ).toEqual([{ user: 'ana', terminal: 'tty2', from: 'tty2' }]);
    expect(LINUX_STATE_PARSE_SOURCES['last-w'].parse(bytes('\nwtmp begins Mon\n'))).toEqual({});
  });

  it('answers nothing found for bytes that are not the format', () => {
    expect(LINUX_STATE_PARSE_SOURCES.edid.parse(new Uint8Array(128))).toEqual([]);
    expect(LINUX_STATE_PARSE_SOURCES['lsblk-disks'].parse(bytes('not json'))).toEqual([]);
    expect(LINUX_STATE_PARSE_SOURCES['ip-addr-json'].parse(bytes(''))).toEqual([]);
  });
});
