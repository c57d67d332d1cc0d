import { describe, expect, it } from 'vitest';
import {
  msiProperty,
  nsisSwitch,
  powerShellQuote,
  shQuote,
  UnquotableValueError,
} from './shell-quoting.ts';

/** Reads back a PowerShell single-quoted string as PowerShell does (a doubled quote is one). */
function powerShellUnquote(text: string): string {
  expect(text.startsWith("'") && text.endsWith("'")).toBe(true);
  return text.slice(1, -1).replace(/(['\u2018\u2019\u201a\u201b])\1/g, '$1');
}

describe('shQuote', () => {
  it('leaves ordinary values as they are, in single quotes', () => {
    expect(shQuote('https://hub.school.lan:7300')).toBe("'https://hub.school.lan:7300'");
  });

  it('writes a single quote as close, escaped quote, open', () => {
    expect(shQuote("it's")).toBe("'it'\\''s'");
  });

  it('keeps $, backticks and backslashes literal inside the quotes', () => {
    expect(shQuote('$(reboot) `x` \\n')).toBe("'$(reboot) `x` \\n'");
  });

  it('refuses a line break', () => {
    expect(() => shQuote('a\nb', 'token')).toThrow(UnquotableValueError);
    expect(() => shQuote('a\nb', 'token')).toThrow('The token holds a line break');
  });
});

describe('powerShellQuote', () => {
  it('doubles straight and typographic single quotes, and reads back as the value', () => {
    const value = "O'Brien \u2018lab\u2019 $env:TEMP";
    const quoted = powerShellQuote(value);
    expect(quoted).toBe("'O''Brien \u2018\u2018lab\u2019\u2019 $env:TEMP'");
    expect(powerShellUnquote(quoted)).toBe(value);
  });
});

describe('msiProperty', () => {
  it('quotes the value and doubles a double quote, as msiexec reads it', () => {
    expect(msiProperty('TOKEN', 'abc-_123')).toBe('TOKEN="abc-_123"');
    expect(msiProperty('HUB', 'a"&calc&"b')).toBe('HUB="a""&calc&""b"');
  });

  it('refuses a % sign, which cmd would expand', () => {
    expect(() => msiProperty('HUB', 'https://h/%PATH%', "hub's address")).toThrow(
      "The hub's address holds a % sign",
    );
  });
});

describe('nsisSwitch', () => {
  it('writes one PowerShell-quoted /NAME=value argument', () => {
    expect(nsisSwitch('HUB', 'https://hub:7300')).toBe("'/HUB=https://hub:7300'");
    expect(nsisSwitch('TOKEN', "a'b")).toBe("'/TOKEN=a''b'");
  });

  it('refuses a space or a double quote, which Start-Process would not quote', () => {
    expect(() => nsisSwitch('TOKEN', 'a b')).toThrow(UnquotableValueError);
    expect(() => nsisSwitch('TOKEN', 'a"b')).toThrow(UnquotableValueError);
  });
});
