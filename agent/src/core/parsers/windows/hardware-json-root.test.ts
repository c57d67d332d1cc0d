import { describe, expect, it } from 'vitest';
import {
  failedParts,
  isoTime,
  partRecords,
  readHardwareRoot,
  recordNumbers,
} from './hardware-json-root.ts';

describe('readHardwareRoot', () => {
  it('reads the object, with a BOM or a warning line before it', () => {
    expect(readHardwareRoot('\uFEFF{"a":1}\r\n')).toEqual({ a: 1 });
    expect(readHardwareRoot('WARNING: something\r\n{"a":{"b":2}}')).toEqual({ a: { b: 2 } });
  });

  it('gives undefined for anything else', () => {
    for (const text of [
      '',
      '[{"a":1}]',
      '[{"a":1}',
      'null',
      '42',
      'not json',
      '{"a":',
      'x {"a":1}',
    ]) {
      expect(readHardwareRoot(text), text).toBeUndefined();
    }
  });
});

describe('part readers', () => {
  it('read lists, bare objects and missing parts alike', () => {
    const root = { list: [{ a: 1 }, 'x', { a: 2 }], one: { a: 3 }, none: null };
    expect(partRecords(root, 'list')).toEqual([{ a: 1 }, { a: 2 }]);
    expect(partRecords(root, 'one')).toEqual([{ a: 3 }]);
    expect(partRecords(root, 'none')).toEqual([]);
    expect(partRecords(root, 'missing')).toEqual([]);
  });

  it('read the failed names and number lists', () => {
    expect(failedParts({ Failed: ['Win32_BIOS', '', 3] })).toEqual(['Win32_BIOS']);
    expect(failedParts({ Failed: 'WmiMonitorID' })).toEqual(['WmiMonitorID']);
    expect(failedParts({})).toEqual([]);
    expect(recordNumbers({ t: [10, 'x', 1.5, 12] }, 't')).toEqual([10, 12]);
    expect(recordNumbers({ t: 3 }, 't')).toEqual([3]);
  });
});

describe('isoTime', () => {
  it('accepts UTC times as the script prints them, and nothing else', () => {
    expect(isoTime('2024-05-02T07:31:09Z')).toBe('2024-05-02T07:31:09Z');
    expect(isoTime('2024-05-02T07:31:09.1234567Z')).toBe('2024-05-02T07:31:09.1234567Z');
    expect(isoTime('/Date(1714635069000)/')).toBeUndefined();
    expect(isoTime('2024-13-45T99:99:99Z')).toBeUndefined();
    expect(isoTime('2024-05-02')).toBeUndefined();
    expect(isoTime(1714635069000)).toBeUndefined();
  });
});
