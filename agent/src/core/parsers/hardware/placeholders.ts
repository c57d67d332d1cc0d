// The one rule for vendor placeholders. Firmware makers ship boards with filler text in the
// identity fields ("To Be Filled By O.E.M.", "0123456789", an all-E UUID) that the computer's
// maker was meant to replace; passed on, these would make thousands of computers look alike.
// Every hardware reader sends each string it reads through `meaningful` before keeping it.

/** Filler seen in real firmware, compared trimmed and case-insensitively. */
const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set([
  'to be filled by o.e.m.',
  'to be filled by o.e.m',
  'to be filled by oem',
  'o.e.m.',
  'oem',
  'not specified',
  'not present',
  'not provided',
  'not available',
  'not applicable',
  'not settable',
  'default string',
  'default',
  'system manufacturer',
  'system product name',
  'system serial number',
  'system version',
  'system name',
  'system sku',
  'base board manufacturer',
  'base board product name',
  'base board serial number',
  'base board version',
  'chassis manufacture',
  'chassis manufacturer',
  'chassis serial number',
  'chassis version',
  'type1productconfigid',
  'type2 - board serial number',
  'type2 - board asset tag',
  'type2 - board vendor name1',
  'type2 - board product name1',
  'no asset tag',
  'no enclosure',
  'asset-1234567890',
  'none',
  'null',
  'n/a',
  'na',
  'unknown',
  'undefined',
  '<out of spec>',
  '<bad index>',
  // A UUID that AMI boards ship in place of a real one.
  '03000200-0400-0500-0006-000700080009',
]);

/**
 * Numbered filler from AMI firmware templates: "SerNum0", "Manufacturer01", "AssetTagNum3",
 * "ModulePartNumber01", "Array1_PartNumber2" (also without the number).
 */
const NUMBERED_FILLER =
  /^(?:array\d+_)?(?:module)?(?:sernum|serial ?number|manufacturer|part ?num(?:ber)?|asset ?tag(?: ?num(?:ber)?)?)\d*$/i;

/** Counting runs that stand for "no serial": 0123456789, 123456789, 1234567890. */
const COUNTING_RUN_MIN_DIGITS = 6;
const COUNTING_DIGITS = '01234567890';

/** Characters that, repeated alone, say nothing at all: "0", "XXXXXXXXXX", ".........", "----". */
const FILLER_CHARACTERS = new Set(['0', 'x', 'X', '.', '-', '*', '#', '_', '?']);
/** Any character repeated this often (separators aside) is filler: "1111", "FFFFFFFF-FFFF-…". */
const REPEATED_MIN_LENGTH = 4;

function isOneCharacterRepeated(text: string): boolean {
  return [...text].every((character) => character === text[0]);
}

function isCountingRun(text: string): boolean {
  return text.length >= COUNTING_RUN_MIN_DIGITS && COUNTING_DIGITS.includes(text);
}

/** True when the trimmed text is a known placeholder or shaped like one. */
export function isPlaceholder(trimmed: string): boolean {
  if (trimmed === '') return true;
  if (PLACEHOLDER_WORDS.has(trimmed.toLowerCase())) return true;
  if (NUMBERED_FILLER.test(trimmed)) return true;
  if (isOneCharacterRepeated(trimmed) && FILLER_CHARACTERS.has(trimmed[0] ?? '')) return true;
  // UUIDs and SKUs are written with separators; "EEEEEEEE-EEEE-…" and "000000-000" are blank.
  const bare = trimmed.replace(/[-\s:.]/g, '');
  if (bare === '') return true;
  if (bare.length >= REPEATED_MIN_LENGTH && isOneCharacterRepeated(bare)) return true;
  return isCountingRun(bare);
}

/**
 * The value trimmed, or undefined when it is empty or a vendor placeholder
 * ("To Be Filled By O.E.M.", "Not Specified", "System Serial Number", "0123456789", an all-zero UUID…).
 */
export function meaningful(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  // NUL padding appears in raw firmware strings; it is blank too.
  const trimmed = value.replace(/\0/g, '').trim();
  return isPlaceholder(trimmed) ? undefined : trimmed;
}
