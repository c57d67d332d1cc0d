import { describe, expect, it } from 'vitest';
import { decodeRegBytes, readRegFile } from './reg-file.ts';

const utf16WithBom = (text: string): Uint8Array =>
  Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const utf8WithBom = (text: string): Uint8Array =>
  Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);

// regedit's layout for hex values: comma-separated bytes, lines ending in `\`, then indented.
function hexValue(bytes: Uint8Array, bytesPerLine = 8): string {
  const parts = [...bytes].map((byte) => byte.toString(16).padStart(2, '0'));
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += bytesPerLine)
    lines.push(parts.slice(i, i + bytesPerLine).join(','));
  return lines.join(',\\\r\n  ');
}

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Tool';

describe('decodeRegBytes', () => {
  it('reads UTF-16LE with a BOM, as regedit writes it', () => {
    expect(decodeRegBytes(utf16WithBom('Windows Registry Editor Version 5.00\r\nÉcole'))).toBe(
      'Windows Registry Editor Version 5.00\r\nÉcole',
    );
  });

  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeRegBytes(utf8WithBom('Grüße'))).toBe('Grüße');
    expect(decodeRegBytes(Buffer.from('Grüße', 'utf8'))).toBe('Grüße');
  });

  it('reads UTF-16LE that lost its BOM, and ANSI text that is not UTF-8', () => {
    expect(decodeRegBytes(Buffer.from('REGEDIT4', 'utf16le'))).toBe('REGEDIT4');
    expect(decodeRegBytes(Uint8Array.from([0x47, 0x72, 0xfc, 0xdf, 0x65]))).toBe('Grüße');
  });
});

describe('readRegFile', () => {
  it('reads strings with escapes, dwords and the default value', () => {
    const keys = readRegFile(
      [
        'Windows Registry Editor Version 5.00',
        '',
        `[${KEY}]`,
        '@="default"',
        '"DisplayName"="Tool \\"Pro\\""',
        '"InstallLocation"="C:\\\\Program Files\\\\Tool\\\\"',
        '"SystemComponent"=dword:00000001',
        '"Version"=dword:05002ee0',
        '',
      ].join('\r\n'),
    );
    expect(keys).toHaveLength(1);
    expect(keys[0]?.path).toBe(KEY);
    expect(Object.fromEntries(keys[0]?.values ?? [])).toEqual({
      '': 'default',
      displayname: 'Tool "Pro"',
      installlocation: 'C:\\Program Files\\Tool\\',
      systemcomponent: 1,
      version: 0x05002ee0,
    });
  });

  it('decodes hex(2) and hex(7) values continued over several lines', () => {
    const expand = hexValue(Buffer.from('%ProgramFiles%\\Tool\\tool.exe\0', 'utf16le'));
    const multi = hexValue(Buffer.from('one\0two\0\0', 'utf16le'));
    const keys = readRegFile(
      [
        `[${KEY}]`,
        `"UninstallString"=hex(2):${expand}`,
        `"Languages"=hex(7):${multi}`,
        '"Blob"=hex:01,02,ff',
        '"After"="still read"',
      ].join('\r\n'),
    );
    const values = keys[0]?.values;
    expect(values?.get('uninstallstring')).toBe('%ProgramFiles%\\Tool\\tool.exe');
    expect(values?.get('languages')).toEqual(['one', 'two']);
    expect(values?.get('blob')).toEqual(Uint8Array.from([1, 2, 255]));
    expect(values?.get('after')).toBe('still read');
  });

  it('keeps line breaks inside a string value and goes on after it', () => {
    const keys = readRegFile(
      [`[${KEY}]`, '"Comments"="First line.', 'Second line."', '"DisplayName"="Tool"'].join('\r\n'),
    );
    expect(keys[0]?.values.get('comments')).toBe('First line.\nSecond line.');
    expect(keys[0]?.values.get('displayname')).toBe('Tool');
  });

  it('skips deleted keys and values, comments and key names with brackets', () => {
    const keys = readRegFile(
      ['; exported by hand', `[-${KEY}]`, `[${KEY} [x64]]`, '"Gone"=-', '"Kept"="yes"'].join('\n'),
    );
    expect(keys.map((key) => key.path)).toEqual([`${KEY} [x64]`]);
    expect(Object.fromEntries(keys[0]?.values ?? [])).toEqual({ kept: 'yes' });
  });

  it('reads REGEDIT4 hex(2) values as ANSI text', () => {
    const keys = readRegFile(`REGEDIT4\r\n\r\n[${KEY}]\r\n"Path"=hex(2):43,3a,5c,fc,00\r\n`);
    expect(keys[0]?.values.get('path')).toBe('C:\\ü');
  });
});
