import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  isMultiLineText,
  isOneLineText,
  multiLine,
  ONE_LINE_MESSAGE,
  oneLine,
} from './plain-text.ts';

const BIDI = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
];
const C0_AND_C1 = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)),
  ...Array.from({ length: 0x21 }, (_, offset) => String.fromCharCode(0x7f + offset)),
];
/** Text made of printable characters from any script, spaces included. */
const printable = fc.string({ unit: 'grapheme' }).filter((s) => isOneLineText(s));

describe('one-line text', () => {
  test('takes names and labels in any script', () => {
    for (const text of ['Room 12', 'B3', 'Ana Ruíz', 'غرفة ١٢', 'José 🙂', '']) {
      expect([text, isOneLineText(text)]).toEqual([text, true]);
    }
  });

  test('refuses every bidirectional control and every C0/C1 control, wherever it stands', () => {
    fc.assert(
      fc.property(printable, fc.constantFrom(...BIDI, ...C0_AND_C1), printable, (a, bad, b) => {
        expect(isOneLineText(a + bad + b)).toBe(false);
      }),
    );
  });

  test('keeps a schema that refuses with a message that says why', () => {
    const label = oneLine(z.string().trim().min(1).max(24));
    const refused = label.safeParse('a\u202eb\n');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(ONE_LINE_MESSAGE);
    expect(label.parse(' B3 ')).toBe('B3');
    expect(label.safeParse('x'.repeat(25)).success).toBe(false);
  });
});

describe('multi-line text', () => {
  test('keeps line breaks and tabs', () => {
    expect(isMultiLineText('The printer\r\nsays\tjammed\n')).toBe(true);
  });

  test('refuses bidirectional controls and other control characters anywhere', () => {
    const others = C0_AND_C1.filter((c) => !'\n\r\t'.includes(c));
    fc.assert(
      fc.property(printable, fc.constantFrom(...BIDI, ...others), printable, (a, bad, b) => {
        expect(multiLine(z.string()).safeParse(`${a}\n${bad}${b}`).success).toBe(false);
      }),
    );
  });

  test('takes any printable text with line breaks', () => {
    fc.assert(
      fc.property(fc.array(printable), (lines) => {
        expect(isMultiLineText(lines.join('\n'))).toBe(true);
      }),
    );
  });
});
