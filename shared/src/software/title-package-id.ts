// The package-id road (winget, appx, flatpak app ids): split on dots and CamelCase, drop the
// publisher.
import { keyOf, type TitleIdentity } from './title-key.ts';
import { ARCH_WORDS, LOCALE_TOKEN, WINGET_LANGUAGES } from './title-noise-words.ts';
import { fromPackageName } from './title-package-name.ts';
import {
  FLATPAK_ID_ALIASES,
  KEPT_PUBLISHERS,
  KNOWN_NAMES,
  ONE_WORD_BRANDS,
  VENDOR_WORDS,
} from './title-tables.ts';

const DIGITS = /^\d+$/;
const APPX_FULL_NAME_TAIL = /_.*$/;
const ID_LIKE = /^[A-Za-z0-9][A-Za-z0-9+_-]*(?:\.[A-Za-z0-9+_-]+)+$/;
// "Node.js", "draw.io", "zoom.us": names with a web-style tail, not `Publisher.Product` ids.
const WEB_STYLE_NAME = /^[^.]+\.(?:js|io|us|net|com|org|app|ai|me)$/;
const REVERSE_DNS = /^[a-z][a-z0-9-]*\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+$/;
const INSTALLER_SEGMENT = /^(?:exe|msi|msix|appx)$/i;
const INNER_CAPITAL = /[a-z0-9][A-Z]|[A-Z][A-Z][a-z]/;
const CAMEL_BOUNDARY = /(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z]\d+)(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/;
const BRAND_WORDS = new RegExp(ONE_WORD_BRANDS.join('|'), 'g');
const SINGLE_LOWER = /^[a-z]$/;

/** Whether a winget name is a package id (`Mozilla.Firefox`) rather than a display name. */
export function isPackageIdName(name: string): boolean {
  const trimmed = name.trim();
  return ID_LIKE.test(trimmed) && !WEB_STYLE_NAME.test(trimmed);
}

/** Whether a name or id is a reverse-DNS app id (`org.mozilla.firefox`, a flatpak or bundle id). */
export function isReverseDnsId(text: string): boolean {
  return REVERSE_DNS.test(text.trim());
}

function splitCamel(segment: string): string[] {
  if (!INNER_CAPITAL.test(segment)) return [segment];
  const parts: string[] = [];
  let last = 0;
  for (const match of segment.matchAll(BRAND_WORDS)) {
    if (match.index > last) parts.push(...camelParts(segment.slice(last, match.index)));
    parts.push(match[0]);
    last = match.index + match[0].length;
  }
  if (last < segment.length) parts.push(...camelParts(segment.slice(last)));
  return parts;
}

function camelParts(text: string): string[] {
  const parts = text.split(CAMEL_BOUNDARY).filter((p) => p !== '');
  // "iTunes", "iCloud", "eDrawings": a single leading lower-case letter belongs to the word.
  if (parts.length > 1 && SINGLE_LOWER.test(parts[0]!)) parts.splice(0, 2, parts[0]! + parts[1]!);
  return parts;
}

/** `Mozilla.Firefox`, `Adobe.Acrobat.Reader.64-bit`, `Microsoft.WindowsCalculator_8wekyb…`. */
export function fromPackageId(raw: string, kind: 'winget' | 'appx'): TitleIdentity | null {
  const id = kind === 'appx' ? raw.trim().replace(APPX_FULL_NAME_TAIL, '') : raw.trim();
  let segments = id.split('.').filter((s) => s !== '');
  if (segments.length === 0) return null;
  while (segments.length > 1 && INSTALLER_SEGMENT.test(segments.at(-1)!)) segments.pop();
  if (segments.length > 2) {
    const last = segments.at(-1)!;
    const locale = LOCALE_TOKEN.exec(last);
    if (locale && (WINGET_LANGUAGES.has(locale[1]!.toLowerCase()) || locale[2] !== undefined)) {
      segments.pop();
    }
  }
  if (segments.length > 1 && segments.at(-1)!.toLowerCase() === 'stable') segments.pop();
  segments = [segments[0]!, ...segments.slice(1).filter((s) => !ARCH_WORDS.has(s.toLowerCase()))];
  segments = dropIdVersion(segments);
  let keptPublisher = false;
  if (segments.length > 1) {
    const publisher = segments[0]!.toLowerCase();
    keptPublisher = VENDOR_WORDS.has(publisher) || KEPT_PUBLISHERS.has(publisher);
    if (!keptPublisher) segments.shift();
  }
  const words: string[] = [];
  for (const [index, segment] of segments.entries()) {
    // A publisher is one word however it is cased (`VideoLAN`).
    for (const word of index === 0 && keptPublisher ? [segment] : splitCamel(segment)) {
      // `Git.Git`, `Notepad++.Notepad++`, `Microsoft.MicrosoftEdge`: say it once.
      if (words.length === 0 || words.at(-1)!.toLowerCase() !== word.toLowerCase())
        words.push(word);
    }
  }
  const text = words.join(' ');
  const key = keyOf(text, true);
  if (key === '') return null;
  return { key, name: KNOWN_NAMES.get(key) ?? text };
}

/** Two or more numeric segments together are a version (`Python.Python.3.12`); one is a line. */
function dropIdVersion(segments: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < segments.length) {
    let end = i;
    while (end < segments.length && DIGITS.test(segments[end]!)) end++;
    if (end === i) {
      out.push(segments[i]!);
      i++;
      continue;
    }
    if (end - i < 2 || i === 0) out.push(...segments.slice(i, end));
    i = end;
  }
  return out;
}

/** `org.mozilla.firefox` → firefox: the last segment, unless the id is a known exception. */
export function fromFlatpakId(raw: string): TitleIdentity | null {
  const id = raw.trim();
  const known = FLATPAK_ID_ALIASES.get(id.toLowerCase());
  if (known !== undefined) return { key: known, name: KNOWN_NAMES.get(known) ?? id };
  return fromPackageName(id.split('.').at(-1) ?? id);
}
