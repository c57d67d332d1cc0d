import { describe, expect, it } from 'vitest';
import { countMatchingLeaves, leafValues } from './match-facts.ts';

describe('countMatchingLeaves', () => {
  it('walks objects and arrays down to their leaves', () => {
    expect([...leafValues({ a: 1, b: { c: 'x', d: [2, 3] }, e: [] })]).toEqual([
      ['a', 1],
      ['b.c', 'x'],
      ['b.d.0', 2],
      ['b.d.1', 3],
      ['e', []],
    ]);
  });

  it('counts the expected leaves found with the same value', () => {
    const expected = { identity: { model: 'A', serial: 'B' }, batteries: [{ name: 'C' }] };
    const got = { identity: { model: 'A', serial: 'X' }, batteries: [{ name: 'C' }], extra: 1 };
    expect(countMatchingLeaves(got, expected)).toEqual({ matched: 2, total: 3 });
  });
});
