// The `-xml` form of system_profiler: a plist holding an array with one dict per data type asked
// for (`_dataType: SPHardwareDataType`, its entries under `_items`). Shared by the hardware and
// power readers; the plist itself is read by the macOS software parsers' plist reader.
import { isDict, parsePlistXml, type PlistDict, type PlistValue } from '../macos/plist-xml.ts';

const PLIST_START = /^\s*(?:<\?xml|<!DOCTYPE\s+plist|<plist)/i;

/** True when the saved output is the `-xml` plist rather than the text outline. */
export function isPlistText(text: string): boolean {
  return PLIST_START.test(text);
}

/** The plist's root value, or undefined when the XML cannot be read at all. */
export function readPlist(text: string): PlistValue | undefined {
  try {
    return parsePlistXml(text);
  } catch {
    // A truncated or hand-edited file: the readers return what they found, here nothing.
    return undefined;
  }
}

/** The `_items` of the section for one data type (`SPHardwareDataType`), dicts only. */
export function sectionItems(root: PlistValue | undefined, dataType: string): PlistDict[] {
  const sections = Array.isArray(root) ? root : root === undefined ? [] : [root];
  const section = sections.filter(isDict).find((dict) => dict._dataType === dataType);
  const items = section?._items;
  return Array.isArray(items) ? items.filter(isDict) : [];
}

/** Every dict in the value, nested ones included, that the test accepts (document order). */
export function findDicts(value: PlistValue, accept: (dict: PlistDict) => boolean): PlistDict[] {
  const found: PlistDict[] = [];
  const children = Array.isArray(value) ? value : isDict(value) ? Object.values(value) : [];
  if (isDict(value) && accept(value)) found.push(value);
  for (const child of children) found.push(...findDicts(child, accept));
  return found;
}

/** The first value under the key anywhere in the dict (its nested dicts searched in order). */
export function deepValue(dict: PlistDict, key: string): PlistValue | undefined {
  if (Object.hasOwn(dict, key)) return dict[key];
  for (const child of Object.values(dict)) {
    if (!isDict(child)) continue;
    const found = deepValue(child, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A string or number value as text (`number_processors` is `2` on Intel, "proc 8:4:4" on M). */
export function plistText(value: PlistValue | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}
