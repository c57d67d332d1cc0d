import { describe, expect, it } from 'vitest';
import {
  readJsonRecords,
  recordFlag,
  recordList,
  recordNumber,
  recordText,
} from './powershell-json.ts';

describe('readJsonRecords', () => {
  it('reads arrays, bare objects, empty output, and skips non-objects', () => {
    expect(readJsonRecords('[{"a":1},{"a":2}]')).toEqual([{ a: 1 }, { a: 2 }]);
    expect(readJsonRecords('\uFEFF{"a":1}\r\n')).toEqual([{ a: 1 }]);
    expect(readJsonRecords('  ')).toEqual([]);
    expect(readJsonRecords('[1,null,{"a":1}]')).toEqual([{ a: 1 }]);
  });
});

describe('record readers', () => {
  const record = {
    s: ' x ',
    e: '',
    n: 7,
    neg: '-3',
    list: ['a', '', 5],
    one: 'b',
    t: true,
    f: 'False',
  };

  it('read text, numbers, lists and flags the way PowerShell prints them', () => {
    expect(recordText(record, 's')).toBe('x');
    expect(recordText(record, 'e')).toBeUndefined();
    expect(recordText(record, 'n')).toBe('7');
    expect(recordNumber(record, 'n')).toBe(7);
    expect(recordNumber(record, 'neg')).toBe(-3);
    expect(recordNumber(record, 's')).toBeUndefined();
    expect(recordList(record, 'list')).toEqual(['a', '5']);
    expect(recordList(record, 'one')).toEqual(['b']);
    expect(recordList(record, 'missing')).toEqual([]);
    expect(recordFlag(record, 't')).toBe(true);
    expect(recordFlag(record, 'f')).toBe(false);
    expect(recordFlag(record, 's')).toBeUndefined();
  });
});
