// dmidecode prints one block per SMBIOS structure. Two layouts exist:
//   current (2.7 and later)          old (2.6 and earlier, and some BSD ports)
//   Handle 0x0001, DMI type 1, …     Handle 0x0001
//   System Information                       DMI type 1, 27 bytes.
//   \tManufacturer: Dell Inc.                System Information
//   \tFlags:                                         Manufacturer: Dell Inc.
//   \t\tFPU (Floating-point unit)
// Fields sit one level in from the title; deeper lines are the list items of the field above.
// Indents may be tabs, four or eight spaces, and line ends CRLF (Windows builds), so the split
// works on indent widths rather than on fixed characters.

/** One structure: its type number, title line, `Key: value` fields and nested lists. */
export type DmiBlock = {
  handle: string;
  type: number;
  title?: string;
  /** First value per key, untrimmed of meaning (placeholders are the reader's concern). */
  fields: ReadonlyMap<string, string>;
  /** Lines nested under a key (`Characteristics:`, `Flags:`), trimmed. */
  lists: ReadonlyMap<string, readonly string[]>;
};

const HANDLE_LINE = /^\s*Handle\s+(0x[0-9a-f]+)(?:\s*,\s*DMI type\s+(\d+))?/i;
const TYPE_LINE = /^\s*DMI type\s+(\d+)/i;
const FIELD_LINE = /^([^:]+?)\s*:\s?(.*)$/;
/** A tab moves to the next multiple of eight columns, as a terminal shows it. */
const TAB_WIDTH = 8;

type OpenBlock = {
  handle: string;
  type?: number;
  title?: string;
  fieldIndent?: number;
  lastKey?: string;
  fields: Map<string, string>;
  lists: Map<string, string[]>;
};

function indentWidth(line: string): number {
  let width = 0;
  for (const character of line) {
    if (character === '\t') width += TAB_WIDTH - (width % TAB_WIDTH);
    else if (character === ' ') width += 1;
    else break;
  }
  return width;
}

function addLine(block: OpenBlock, line: string): void {
  const indent = indentWidth(line);
  const text = line.trim();
  if (block.title === undefined) {
    block.title = text;
    return;
  }
  block.fieldIndent ??= indent;
  if (indent > block.fieldIndent) {
    if (block.lastKey !== undefined) block.lists.get(block.lastKey)?.push(text);
    return;
  }
  const field = FIELD_LINE.exec(text);
  if (!field?.[1]) {
    block.lastKey = undefined;
    return;
  }
  const key = field[1];
  block.lastKey = key;
  if (!block.fields.has(key)) {
    block.fields.set(key, (field[2] ?? '').trim());
    block.lists.set(key, []);
  }
}

function close(block: OpenBlock | undefined, into: DmiBlock[]): void {
  if (block?.type === undefined) return;
  const lists = new Map([...block.lists].filter(([, items]) => items.length > 0));
  into.push({
    handle: block.handle,
    type: block.type,
    ...(block.title === undefined ? {} : { title: block.title }),
    fields: block.fields,
    lists,
  });
}

/** The structures of a dmidecode output, in order; lines before the first handle are skipped. */
export function splitDmiBlocks(text: string): DmiBlock[] {
  const blocks: DmiBlock[] = [];
  let open: OpenBlock | undefined;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/\s+$/, '');
    const handle = HANDLE_LINE.exec(line);
    if (handle?.[1]) {
      close(open, blocks);
      open = { handle: handle[1], fields: new Map(), lists: new Map() };
      if (handle[2] !== undefined) open.type = Number(handle[2]);
      continue;
    }
    if (open === undefined || line === '') continue;
    if (open.type === undefined) {
      const type = TYPE_LINE.exec(line);
      if (type?.[1]) open.type = Number(type[1]);
      continue;
    }
    addLine(open, line);
  }
  close(open, blocks);
  return blocks;
}

/** The first meaningful-or-not value among the given keys (old and new dmidecode spell some differently). */
export function dmiField(block: DmiBlock | undefined, ...keys: string[]): string | undefined {
  if (block === undefined) return undefined;
  for (const key of keys) {
    const value = block.fields.get(key);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The blocks of one SMBIOS type. */
export const blocksOfType = (blocks: readonly DmiBlock[], type: number): DmiBlock[] =>
  blocks.filter((block) => block.type === type);
