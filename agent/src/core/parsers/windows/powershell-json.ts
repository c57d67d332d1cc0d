// Reading the JSON that `ConvertTo-Json` prints, with Windows PowerShell 5.1's habits: one item
// comes out as a bare object instead of a one-element array, nothing at all as empty output, and a
// UTF-8 console may put a BOM first.

export type JsonRecord = Readonly<Record<string, unknown>>;

/** The objects in ConvertTo-Json output: an array's objects, a bare object, or none. */
export function readJsonRecords(text: string): JsonRecord[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return [];
  const parsed: unknown = JSON.parse(trimmed);
  const list: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
  return list.filter(isRecord);
}

/** A property as text: strings trimmed, numbers and booleans printed; empty and null are undefined. */
export function recordText(record: JsonRecord, key: string): string | undefined {
  const value = record[key];
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A property as a whole number; registry DWORDs come as numbers, hand-written ones as digits. */
export function recordNumber(record: JsonRecord, key: string): number | undefined {
  const value = record[key];
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

/** A property as a list of non-empty strings; a single string (5.1's unwrapped array) is a list of one. */
export function recordList(record: JsonRecord, key: string): string[] {
  const value = record[key];
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list
    .map((item) =>
      typeof item === 'string' ? item.trim() : typeof item === 'number' ? String(item) : '',
    )
    .filter((item) => item !== '');
}

/** A property as a boolean; PowerShell prints `true`/`false`, some objects `1`/`0`. */
export function recordFlag(record: JsonRecord, key: string): boolean | undefined {
  const value = record[key];
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) {
    return value.trim().toLowerCase() === 'true';
  }
  return undefined;
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
