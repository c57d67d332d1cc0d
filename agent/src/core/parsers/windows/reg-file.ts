// Reader for regedit export files (`.reg`): keys and their typed values, nothing more. What the
// values mean (uninstall entries, hotfixes) is decided in uninstall-entries.ts.

/**
 * A value as regedit exports it: REG_SZ and REG_EXPAND_SZ as text, REG_DWORD as a number,
 * REG_MULTI_SZ as a list, everything else (REG_BINARY, REG_QWORD, `hex(n):`) as raw bytes.
 */
export type RegValue = string | number | readonly string[] | Uint8Array;

/** One `[key]` section. Value names are lower-cased: the registry compares them case-blind. */
export type RegKey = { path: string; values: Map<string, RegValue> };

const UTF16LE_BOM = [0xff, 0xfe] as const;
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** `hex(2)` is REG_EXPAND_SZ, `hex(7)` REG_MULTI_SZ: both UTF-16LE text in a version 5 export. */
const REG_EXPAND_SZ = 2;
const REG_MULTI_SZ = 7;

/**
 * Decodes a `.reg` file: regedit 5 writes UTF-16LE with a BOM; hand-made and converted files are
 * UTF-8 with or without a BOM; REGEDIT4 files are in the ANSI code page (read as Windows-1252).
 */
export function decodeRegBytes(bytes: Uint8Array): string {
  if (bytes[0] === UTF16LE_BOM[0] && bytes[1] === UTF16LE_BOM[1]) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2]) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  // "W\0i\0..." without a BOM: UTF-16LE that lost its BOM on the way.
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) {
    return new TextDecoder('utf-16le').decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads the keys and values of a decoded `.reg` file, in file order. */
export function readRegFile(text: string): RegKey[] {
  return new RegScanner(text).scan();
}

// A character scanner rather than a line splitter: string values may span lines (a REG_SZ that
// holds line breaks is exported raw), and hex values continue over lines ending in `\`.
class RegScanner {
  private readonly text: string;
  private pos = 0;
  private unicode = true;

  constructor(text: string) {
    this.text = text;
  }

  scan(): RegKey[] {
    const keys: RegKey[] = [];
    let current: RegKey | undefined;
    while (this.pos < this.text.length) {
      this.skipBlanks();
      const ch = this.text[this.pos];
      if (ch === undefined) break;
      if (ch === '\r' || ch === '\n') {
        this.pos++;
      } else if (ch === '[') {
        current = this.readKeyHeader();
        if (current) keys.push(current);
      } else if ((ch === '"' || ch === '@') && current) {
        this.readValueLine(current);
      } else {
        // The "Windows Registry Editor Version 5.00" / "REGEDIT4" banner, `;` comments, junk.
        const line = this.restOfLine();
        if (line.trim() === 'REGEDIT4') this.unicode = false;
      }
    }
    return keys;
  }

  private readKeyHeader(): RegKey | undefined {
    const line = this.restOfLine().trimEnd();
    // Key names may contain `]`, so the header ends at the last one on the line.
    const end = line.lastIndexOf(']');
    const path = line.slice(1, end < 0 ? undefined : end);
    // `[-HKEY_...]` deletes a key: there is nothing in it to read.
    if (path.startsWith('-') || path === '') return undefined;
    return { path, values: new Map() };
  }

  private readValueLine(key: RegKey): void {
    let name = '';
    if (this.text[this.pos] === '@') {
      this.pos++;
    } else {
      name = this.readQuoted();
    }
    this.skipBlanks();
    if (this.text[this.pos] !== '=') {
      this.restOfLine();
      return;
    }
    this.pos++;
    this.skipBlanks();
    const value = this.readData();
    if (value !== undefined) key.values.set(name.toLowerCase(), value);
  }

  private readData(): RegValue | undefined {
    const rest = this.text.slice(this.pos, this.pos + 8).toLowerCase();
    if (this.text[this.pos] === '"') {
      const value = this.readQuoted();
      this.restOfLine();
      return value;
    }
    if (rest.startsWith('dword:')) {
      this.pos += 'dword:'.length;
      const digits = this.restOfLine().trim();
      const parsed = Number.parseInt(digits, 16);
      return Number.isNaN(parsed) ? undefined : parsed;
    }
    if (rest.startsWith('hex')) return this.readHex();
    // `"name"=-` deletes a value; anything else is not a value we can read.
    this.restOfLine();
    return undefined;
  }

  // `hex:` or `hex(n):` followed by comma-separated bytes, continued over lines ending in `\`.
  private readHex(): RegValue {
    const header = /^hex(?:\(([0-9a-f]+)\))?:/i.exec(this.text.slice(this.pos, this.pos + 16));
    const kind = header?.[1] === undefined ? 0 : Number.parseInt(header[1], 16);
    this.pos += header?.[0].length ?? 0;
    let digits = '';
    for (;;) {
      const line = this.restOfLine().trimEnd();
      if (!line.endsWith('\\')) {
        digits += line;
        break;
      }
      digits += line.slice(0, -1);
      if (this.pos >= this.text.length) break;
    }
    const bytes = Uint8Array.from(
      digits
        .split(',')
        .map((part) => part.trim())
        .filter((part) => /^[0-9a-f]{1,2}$/i.test(part))
        .map((part) => Number.parseInt(part, 16)),
    );
    if (kind === REG_EXPAND_SZ) return this.decodeText(bytes).replace(/\0+$/, '');
    if (kind === REG_MULTI_SZ) {
      return this.decodeText(bytes)
        .split('\0')
        .filter((part) => part !== '');
    }
    return bytes;
  }

  private decodeText(bytes: Uint8Array): string {
    return new TextDecoder(this.unicode ? 'utf-16le' : 'windows-1252').decode(bytes);
  }

  // A `"..."` string with `\\` and `\"` escapes; raw line breaks inside it belong to the value.
  private readQuoted(): string {
    this.pos++;
    let value = '';
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos++];
      if (ch === '"') return value;
      if (ch === '\\' && this.pos < this.text.length) {
        value += this.text[this.pos++];
      } else if (ch === '\r' && this.text[this.pos] === '\n') {
        // CRLF inside a value is one line break, as the registry held it.
        value += '\n';
        this.pos++;
      } else {
        value += ch;
      }
    }
    return value;
  }

  private skipBlanks(): void {
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos++;
  }

  // The rest of the current line, consuming its line break.
  private restOfLine(): string {
    const start = this.pos;
    while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
    const line = this.text.slice(start, this.pos).replace(/\r$/, '');
    this.pos++;
    return line;
  }
}
