import { describe, expect, it } from 'vitest';
import { compareSystemVersion, parseSystemVersion } from './dotnet.ts';

describe('compareSystemVersion', () => {
  it('counts an unset build or revision as -1, so fewer parts sort first', () => {
    const ascending = ['1.2', '1.2.0', '1.2.0.0', '1.2.0.1', '1.2.1', '1.3'];
    ascending.forEach((older, i) => {
      for (const newer of ascending.slice(i + 1)) {
        expect([compareSystemVersion(older, newer), compareSystemVersion(newer, older)]).toEqual([
          -1, 1,
        ]);
      }
    });
  });

  it('sorts what Version.Parse rejects below every valid version', () => {
    expect(compareSystemVersion('1', '0.0')).toBe(-1);
    expect(compareSystemVersion('1.2.3.4.5', '0.0')).toBe(-1);
    expect(compareSystemVersion('2147483648.0', '0.0')).toBe(-1);
    expect(compareSystemVersion('a.b', 'a.c')).toBe(-1);
    expect(compareSystemVersion('', '1')).toBe(-1);
  });
});

describe('parseSystemVersion', () => {
  it("accepts int.Parse's whitespace and plus sign, and nothing negative", () => {
    expect(parseSystemVersion(' 1 . +2 ')).toEqual([1, 2]);
    expect(parseSystemVersion('2147483647.0.0.0')).toEqual([2147483647, 0, 0, 0]);
    expect(parseSystemVersion('1.-2')).toBeUndefined();
    expect(parseSystemVersion('1.')).toBeUndefined();
  });
});
