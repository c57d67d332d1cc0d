import { describe, expect, it } from 'vitest';
import { copyOrder } from './migrate-from-sqlite.ts';

describe('copyOrder', () => {
  it('puts every table after the tables it refers to', () => {
    const order = copyOrder(
      new Map([
        ['screenshots', ['requests']],
        ['requests', ['devices', 'users']],
        ['devices', []],
        ['users', []],
        ['sessions', ['users']],
      ]),
    );
    expect(order).toHaveLength(5);
    const before = (a: string, b: string) => order.indexOf(a) < order.indexOf(b);
    expect(before('devices', 'requests')).toBe(true);
    expect(before('users', 'requests')).toBe(true);
    expect(before('requests', 'screenshots')).toBe(true);
    expect(before('users', 'sessions')).toBe(true);
  });

  it('allows a table that refers to itself, and names a circle of tables', () => {
    expect(copyOrder(new Map([['users', ['users']]]))).toEqual(['users']);
    expect(() =>
      copyOrder(
        new Map([
          ['a', ['b']],
          ['b', ['a']],
        ]),
      ),
    ).toThrow('a → b → a');
  });
});
