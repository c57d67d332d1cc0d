// Fixed-width console tables as winget prints them: a header, a dashed rule, rows cut at the
// header's column positions. Positions count display cells, not UTF-16 units, because winget
// pads by display width (a CJK character takes two cells).

export type TableColumn = { label: string; start: number };
export type ConsoleTable = { columns: TableColumn[]; rows: string[][] };

/** A dashed rule under a header; winget draws it across the full table width. */
const RULE_LINE = /^-{8,}\s*$/;
/** Spinner (`-\|/`), block progress bars and blanks that winget leaves before the header text. */
const LEADING_JUNK = /^[\s\-\\|/\u2580-\u259f]+(?=\p{L})/u;
// eslint-disable-next-line no-control-regex -- terminal escape sequences start with ESC (U+001B)
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/**
 * What a terminal would show for one raw line: escape sequences dropped, backspaces applied, and
 * only the text after the last carriage return (progress spinners redraw with `\r`).
 */
export function visibleLine(raw: string): string {
  let line = raw.replace(/\r$/, '').replace(ANSI_SEQUENCE, '');
  const lastReturn = line.lastIndexOf('\r');
  if (lastReturn >= 0) line = line.slice(lastReturn + 1);
  if (line.includes('\b')) {
    const kept: string[] = [];
    for (const ch of line) {
      if (ch === '\b') kept.pop();
      else kept.push(ch);
    }
    line = kept.join('');
  }
  return line;
}

/** Display cells a code point takes in a console: 2 for East Asian wide and fullwidth forms. */
export function cellWidth(codePoint: number): number {
  if (codePoint < 0x1100) return 1;
  const wide =
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0x303e) ||
    (codePoint >= 0x3041 && codePoint <= 0x33ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0xa000 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1f64f) ||
    (codePoint >= 0x1f900 && codePoint <= 0x1f9ff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd);
  return wide ? 2 : 1;
}

/**
 * Every header + rule table in the output, with its rows. A table ends at the first line that
 * does not fit its columns (a footer such as "2 upgrades available.", a blank line, a message).
 */
export function readConsoleTables(text: string): ConsoleTable[] {
  const lines = text.split('\n').map(visibleLine);
  const tables: ConsoleTable[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!RULE_LINE.test(lines[i] ?? '')) continue;
    const columns = headerColumns((lines[i - 1] ?? '').replace(LEADING_JUNK, ''));
    if (columns.length < 2) continue;
    const rows: string[][] = [];
    let next = i + 1;
    for (; next < lines.length; next++) {
      const cells = splitRow(lines[next] ?? '', columns);
      if (!cells) break;
      rows.push(cells);
    }
    tables.push({ columns, rows });
    i = next - 1;
  }
  return tables;
}

// Columns start where a label starts after a blank. Labels are single words in every winget
// language seen (Name, Id/ID, Version, Available/Verfügbar, Source/Quelle), so one blank is a gap.
function headerColumns(header: string): TableColumn[] {
  const columns: TableColumn[] = [];
  let cell = 0;
  let label = '';
  let start = 0;
  let previous = ' ';
  for (const ch of header.trimEnd()) {
    if (ch !== ' ' && previous === ' ') {
      if (label !== '') columns.push({ label: label.trim(), start });
      label = '';
      start = cell;
    }
    label += ch;
    previous = ch;
    cell += cellWidth(ch.codePointAt(0) ?? 0);
  }
  if (label.trim() !== '') columns.push({ label: label.trim(), start });
  return columns;
}

// Cuts a row at the column starts. A real row has a blank just before every column that has
// content; footer sentences and messages almost never do, and end the table.
function splitRow(line: string, columns: readonly TableColumn[]): string[] | undefined {
  if (line.trim() === '') return undefined;
  const cells: string[] = columns.map(() => '');
  let cell = 0;
  let column = 0;
  let previous = ' ';
  for (const ch of line.trimEnd()) {
    while (column + 1 < columns.length && cell >= (columns[column + 1]?.start ?? Infinity)) {
      column++;
      if (previous !== ' ' && ch !== ' ') return undefined;
    }
    cells[column] += ch;
    previous = ch;
    cell += cellWidth(ch.codePointAt(0) ?? 0);
  }
  return cells.map((value) => value.trim());
}
