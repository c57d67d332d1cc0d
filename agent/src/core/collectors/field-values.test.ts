import { describe, expect, it } from 'vitest';
import { MAX_SHORT_STRING } from '@handraise/shared';
import { clipShortString, presentValue } from './field-values.ts';

describe('presentValue', () => {
  it('drops firmware placeholders whatever their case and padding', () => {
    for (const placeholder of [
      'Default string',
      'To Be Filled By O.E.M.',
      '-',
      '',
      '   ',
      'SYSTEM PRODUCT NAME',
      ' Not Specified ',
      '00000000-0000-0000-0000-000000000000',
    ]) {
      expect(presentValue(placeholder)).toBeUndefined();
    }
    expect(presentValue(undefined)).toBeUndefined();
    expect(presentValue(null)).toBeUndefined();
  });

  it('keeps real values, trimmed', () => {
    expect(presentValue(' LENOVO ')).toBe('LENOVO');
    expect(presentValue('20L5S0X800')).toBe('20L5S0X800');
  });

  it('clips overlong values to the contract bound', () => {
    expect(presentValue('x'.repeat(MAX_SHORT_STRING + 10))).toHaveLength(MAX_SHORT_STRING);
    expect(clipShortString('short')).toBe('short');
  });
});
