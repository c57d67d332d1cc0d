import { describe, expect, it } from 'vitest';
import { AgentConfigError } from '../agent-config-error.ts';
import { seatFromOption } from './seat-option.ts';

describe('--seat', () => {
  it('keeps a plain label as it is, with no grid place', () => {
    expect(seatFromOption('B3')).toEqual({ label: 'B3', place: null });
    expect(seatFromOption('  Window   4 ')).toEqual({ label: 'Window 4', place: null });
  });

  it('reads "row R seat C" and its spoken variants into a grid place', () => {
    expect(seatFromOption('row 2 seat 3')).toEqual({
      label: 'row 2 seat 3',
      place: { row: 2, column: 3 },
    });
    expect(seatFromOption('Row 2, seat 3').place).toEqual({ row: 2, column: 3 });
    expect(seatFromOption('ROW 4 PC 1').place).toEqual({ row: 4, column: 1 });
    expect(seatFromOption('row 1 / computer 12').place).toEqual({ row: 1, column: 12 });
    expect(seatFromOption('r3 s5').place).toEqual({ row: 3, column: 5 });
    expect(seatFromOption('row 30 seat 30').place).toEqual({ row: 30, column: 30 });
  });

  it('leaves text that only looks like a place as a label', () => {
    expect(seatFromOption('row 2')).toEqual({ label: 'row 2', place: null });
    expect(seatFromOption('seat 3 row 2')).toEqual({ label: 'seat 3 row 2', place: null });
  });

  it('refuses an empty or long label and rows or seats off the grid, saying what it takes', () => {
    for (const bad of ['', '   ', 'a'.repeat(25), 'row 0 seat 3', 'row 2 seat 31', 'row 99 pc 1']) {
      expect(() => seatFromOption(bad), bad).toThrow(AgentConfigError);
    }
    expect(() => seatFromOption('row 2 seat 31')).toThrow(/row R seat C/);
  });
});
