import { describe, expect, it } from 'vitest';
import { firstLine, lineValue } from './key-values.ts';

describe('lineValue', () => {
  const cpuinfo = [
    'processor\t: 0',
    'model\t\t: 142',
    'model name\t: Intel(R) Core(TM) i5 @ 1.60GHz',
  ];

  it('takes the first line whose key starts with the name, tabs ignored, case-insensitively', () => {
    expect(lineValue(cpuinfo, 'model name')).toBe('Intel(R) Core(TM) i5 @ 1.60GHz');
    // "model" also starts "model name": the first such line wins, as it did.
    expect(lineValue(cpuinfo, 'MODEL')).toBe('142');
    expect(lineValue(cpuinfo, 'stepping')).toBe('');
  });

  it('keeps separators inside the value', () => {
    expect(lineValue(['Time: 10:42:07'], 'time')).toBe('10:42:07');
  });

  it('matches the whole key when asked, for KEY=value files', () => {
    const uevent = ['POWER_SUPPLY_CHARGE_FULL_DESIGN=5000000', 'POWER_SUPPLY_CHARGE_FULL=4200000'];
    const options = { separator: '=', exactKey: true, trimLines: true };
    expect(lineValue(uevent, 'POWER_SUPPLY_CHARGE_FULL', options)).toBe('4200000');
    expect(lineValue(uevent, 'POWER_SUPPLY_CHARGE_FULL', { separator: '=' })).toBe('5000000');
  });
});

describe('firstLine', () => {
  it('reads a sysfs attribute as one trimmed line', () => {
    expect(firstLine('LENOVO  \n')).toBe('LENOVO');
    expect(firstLine('')).toBe('');
  });
});
