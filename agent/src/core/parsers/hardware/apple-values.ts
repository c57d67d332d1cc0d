// How system_profiler writes sizes, clock speeds, core counts and memory-module fields, read into
// numbers and plain text. Both its text and XML forms share these spellings; the decimal mark
// follows the Mac's region ("2,26 GHz" on a French or German system).
import { jedecMakerFromHex } from './jedec-makers.ts';
import { meaningful } from './placeholders.ts';

/** Apple counts memory in binary units: "4 GB" is 4 × 2^30 bytes. */
const BYTES_PER_UNIT: ReadonlyMap<string, number> = new Map([
  ['kb', 2 ** 10],
  ['mb', 2 ** 20],
  ['gb', 2 ** 30],
  ['tb', 2 ** 40],
]);
const SIZE = /^(\d+(?:[.,]\d+)?)\s*([kmgt]b)\b/i;
const CLOCK = /^(\d+(?:[.,]\d+)?)\s*(ghz|mhz)\b/i;
const MHZ_PER_GHZ = 1000;
/** Clock speeds keep three decimals: 2.26 GHz, 0.867 GHz; more would be float noise. */
const GHZ_DECIMALS = 1000;
/** `0x…` values: the module SPD bytes, which Apple prints in hex when it cannot name them. */
const HEX_VALUE = /^0x([0-9a-f]+)$/i;
/** Padding a module's SPD text field is filled with: spaces or NULs. */
const PADDING_BYTES: ReadonlySet<number> = new Set([0x00, 0x20]);
const FIRST_PRINTABLE = 0x20;
const LAST_PRINTABLE = 0x7e;

const decimal = (text: string): number => Number(text.replace(',', '.'));

/** "4 GB", "512 MB", "1,5 TB" as bytes; undefined for "Empty" and anything else. */
export function memorySizeBytes(text: string | undefined): number | undefined {
  const match = SIZE.exec(text?.trim() ?? '');
  const unit = BYTES_PER_UNIT.get(match?.[2]?.toLowerCase() ?? '');
  if (!match?.[1] || unit === undefined) return undefined;
  const bytes = Math.round(decimal(match[1]) * unit);
  return bytes > 0 ? bytes : undefined;
}

/** "2,26 GHz", "2 GHz", "867 MHz" as gigahertz. */
export function clockGHz(text: string | undefined): number | undefined {
  const match = CLOCK.exec(text?.trim() ?? '');
  if (!match?.[1] || !match[2]) return undefined;
  const value = decimal(match[1]);
  const ghz = match[2].toLowerCase() === 'mhz' ? value / MHZ_PER_GHZ : value;
  return ghz > 0 ? Math.round(ghz * GHZ_DECIMALS) / GHZ_DECIMALS : undefined;
}

/**
 * The total core count: the leading number of "8 (4 performance and 4 efficiency)", of the XML
 * form "proc 8:4:4" (total, then the kinds), or a plain "2".
 */
export function coreCount(text: string | undefined): number | undefined {
  const match = /^(?:proc\s+)?(\d+)/i.exec(text?.trim() ?? '');
  const count = match?.[1] === undefined ? 0 : Number(match[1]);
  return count > 0 ? count : undefined;
}

// Where macOS cannot name a module's maker, part number or serial it prints the SPD bytes as
// `0x…`; all zeros means the module left the field blank.
function hexDigits(value: string): string | undefined {
  return HEX_VALUE.exec(value)?.[1];
}

const isBlankHex = (digits: string): boolean => /^0+$/.test(digits);

/** A module's maker: a JEDEC code in hex ("0xAD00000000000000", "0x802C") named where known. */
export function moduleMaker(raw: string | undefined): string | undefined {
  const value = meaningful(raw);
  const digits = value === undefined ? undefined : hexDigits(value);
  if (digits === undefined) return value;
  return isBlankHex(digits) ? undefined : (jedecMakerFromHex(digits) ?? value);
}

/** A module's part number: hex whose bytes are all printable is that text ("0x4859…" → "HY…"). */
export function modulePartNumber(raw: string | undefined): string | undefined {
  const value = meaningful(raw);
  const digits = value === undefined ? undefined : hexDigits(value);
  if (digits === undefined) return value;
  return isBlankHex(digits) ? undefined : (printableText(digits) ?? value);
}

/** A module's serial, kept as printed ("0x00003026"); all-zero hex is blank. */
export function moduleSerial(raw: string | undefined): string | undefined {
  const value = meaningful(raw);
  const digits = value === undefined ? undefined : hexDigits(value);
  return digits !== undefined && isBlankHex(digits) ? undefined : value;
}

function printableText(digits: string): string | undefined {
  if (digits.length % 2 !== 0) return undefined;
  const bytes = (digits.match(/../g) ?? []).map((pair) => parseInt(pair, 16));
  while (bytes.length > 0 && PADDING_BYTES.has(bytes.at(-1) ?? -1)) bytes.pop();
  if (bytes.length === 0) return undefined;
  if (!bytes.every((byte) => byte >= FIRST_PRINTABLE && byte <= LAST_PRINTABLE)) return undefined;
  return meaningful(String.fromCharCode(...bytes));
}

/** "DDR2 SDRAM" → "DDR2", "DDR3" → "DDR3"; a bare "SDRAM" stays. */
export function memoryTypeName(raw: string | undefined): string | undefined {
  const value = meaningful(raw);
  if (value === undefined || /^empty$/i.test(value)) return undefined;
  return value.replace(/^(\S+)\s+SDRAM$/i, '$1');
}

/** True for the words system_profiler writes into an unused memory slot. */
export function isEmptySlotWord(text: string | undefined): boolean {
  return text !== undefined && /^empty$/i.test(text.trim());
}
