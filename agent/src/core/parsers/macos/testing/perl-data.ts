// Test-only: reads the Perl data GLPI keeps its expected results in (`$results = [ { 'NAME' =>
// 'x', 'VERSION' => undef }, ... ];`), so corpus tests can compare with those golden outputs.

export type PerlValue = string | number | null | PerlValue[] | { [key: string]: PerlValue };
export type PerlRecord = { [key: string]: PerlValue };

/** Reads the value assigned to `$name` in a Perl data file. */
export function readPerlAssignment(text: string, name: string): PerlValue {
  const start = text.indexOf(`$${name} =`);
  if (start < 0) throw new Error(`no $${name} in the file`);
  const reader = new PerlReader(text, start + name.length + 3);
  return reader.value();
}

/** The records of an assigned array of hashes. */
export function readPerlRecords(text: string, name: string): PerlRecord[] {
  const value = readPerlAssignment(text, name);
  if (!Array.isArray(value)) throw new Error(`$${name} is not an array`);
  return value.filter(
    (item): item is PerlRecord => typeof item === 'object' && item !== null && !Array.isArray(item),
  );
}

class PerlReader {
  private readonly text: string;
  private pos: number;

  constructor(text: string, pos: number) {
    this.text = text;
    this.pos = pos;
  }

  value(): PerlValue {
    this.skipSpace();
    const ch = this.text[this.pos];
    if (ch === '[') return this.list(']');
    if (ch === '{') return this.hash();
    if (ch === "'") return this.singleQuoted();
    if (ch === '"') return this.doubleQuoted();
    if (this.text.startsWith('undef', this.pos)) {
      this.pos += 'undef'.length;
      return null;
    }
    const number = /^-?\d+(?:\.\d+)?/.exec(this.text.slice(this.pos, this.pos + 40));
    if (!number)
      throw new Error(
        `unexpected Perl data at ${this.pos}: ${this.text.slice(this.pos, this.pos + 20)}`,
      );
    this.pos += number[0].length;
    return Number(number[0]);
  }

  private list(close: string): PerlValue[] {
    this.pos++;
    const items: PerlValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === close) {
        this.pos++;
        return items;
      }
      items.push(this.value());
      this.skipSpace();
      if (this.text[this.pos] === ',') this.pos++;
    }
  }

  private hash(): PerlRecord {
    const flat = this.list('}');
    const record: PerlRecord = {};
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const key = flat[i];
      if (typeof key === 'string' || typeof key === 'number')
        record[String(key)] = flat[i + 1] ?? null;
    }
    return record;
  }

  private singleQuoted(): string {
    this.pos++;
    let value = '';
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos++];
      if (ch === "'") return value;
      const next = this.text[this.pos];
      if (ch === '\\' && (next === "'" || next === '\\')) {
        value += next;
        this.pos++;
      } else {
        value += ch;
      }
    }
    return value;
  }

  private doubleQuoted(): string {
    this.pos++;
    let value = '';
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos++];
      if (ch === '"') return value;
      if (ch !== '\\') {
        value += ch;
        continue;
      }
      const next = this.text[this.pos++] ?? '';
      const hex = next === 'x' ? /^\{([0-9a-fA-F]+)\}/.exec(this.text.slice(this.pos)) : null;
      if (hex) {
        value += String.fromCodePoint(Number.parseInt(hex[1] ?? '0', 16));
        this.pos += hex[0].length;
      } else {
        value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      }
    }
    return value;
  }

  // Blanks and the `=>` / `=` that separate keys from values read like commas here.
  private skipSpace(): void {
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') this.pos++;
      else if (this.text.startsWith('=>', this.pos)) this.pos += 2;
      else return;
    }
  }
}
