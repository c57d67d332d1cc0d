// Reading the one JSON object the hardware script prints (collectors/windows/hardware-script.ts).
// Each part is a property: an object, a list of objects (which Windows PowerShell 5.1 may still
// print as a bare object), null, or missing when its query failed.
import { meaningful } from '../hardware/placeholders.ts';
import { recordText, type JsonRecord } from './powershell-json.ts';

/** The script's object; undefined for empty output, an error text, or anything but one object. */
export function readHardwareRoot(text: string): JsonRecord | undefined {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  const whole = tryParse(trimmed);
  if (whole.ok) return isRecord(whole.value) ? whole.value : undefined;
  // A warning line printed before the JSON would spoil it; the object starts a line of its own.
  const start = /\n\s*\{/.exec(trimmed)?.index;
  if (start === undefined) return undefined;
  const tail = tryParse(trimmed.slice(start));
  return tail.ok && isRecord(tail.value) ? tail.value : undefined;
}

/** The part under `key` as one object (the first, if it is a list). */
export function partRecord(root: JsonRecord, key: string): JsonRecord | undefined {
  return partRecords(root, key)[0];
}

/** The part under `key` as a list of objects; a bare object is a list of one. */
export function partRecords(root: JsonRecord, key: string): JsonRecord[] {
  const value = root[key];
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.filter(isRecord);
}

/** The names of the parts the script could not read (`Failed`). */
export function failedParts(root: JsonRecord): string[] {
  const value = root.Failed;
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.filter((item): item is string => typeof item === 'string' && item !== '');
}

/** A property as whole numbers: an array of numbers, or one number. */
export function recordNumbers(record: JsonRecord, key: string): number[] {
  const value = record[key];
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.filter((item): item is number => typeof item === 'number' && Number.isInteger(item));
}

/** A property as text with vendor placeholders dropped. */
export function recordMeaningful(record: JsonRecord, key: string): string | undefined {
  return meaningful(recordText(record, key));
}

/** A positive whole number (sizes, capacities, speeds): zero and negatives mean "not known". */
export function positiveNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** An ISO 8601 UTC time as the script prints it (`2024-05-02T07:31:09Z`), checked to be a real time. */
export function isoTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(trimmed)) return undefined;
  return Number.isNaN(Date.parse(trimmed)) ? undefined : trimmed;
}

/** Sets a field only when there is a value, so an absent fact stays absent rather than undefined. */
export function assign<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined,
): void {
  if (value !== undefined) target[key] = value;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
