// The display-name road (registry, macOS apps, flatpak names, people's text): strip versions,
// architectures, locales and installer remarks, keep the rest.
import { keyOf, type TitleIdentity } from './title-key.ts';
import {
  ARCH_WORDS,
  LOCALE_TOKEN,
  PAREN_NOISE_WORDS,
  SAFE_LANGUAGES,
  WINGET_LANGUAGES,
} from './title-noise-words.ts';
import { SYMBOLS } from './title-slug.ts';

// Patterns, compiled once. "Word" boundaries are Unicode letters and digits (and '+', '.' where a
// version or "C++" could continue).

const APP_SUFFIX = /\.app\s*$/i;
/** A trailing "…" or "...": `winget list` cuts long names so. */
export const ELLIPSIS = /\s*(?:…|\.\.\.)\s*$/u;
const PAREN_GROUP = /\s*([([])([^()[\]]*)([)\]])/g;
const PAREN_TOKEN_SPLIT = /[\s,;/]+/;
const TRAILING_LOCALE = /\s+[-–]\s+([a-z]{2})(?:[-_][a-z]{2})?\s*$/iu;
const INLINE_LOCALE = /(?<![\p{L}\p{N}])([a-z]{2})-[A-Z]{2}(?![\p{L}\p{N}])/gu;
const VERSION =
  /(?<![\p{L}\p{N}+.])(?:version\s+|ver\.\s*|v\.?\s?)?\d+(?:\.\d+)+[a-z]?\d*(?![\p{L}\p{N}+])/giu;
const BUILD_NUMBER = /(?<![\p{L}\p{N}])build\s+\d+(?:\.\d+)*(?![\p{L}\p{N}])/giu;
const UPDATE_NUMBER = /(?<![\p{L}\p{N}])update\s+\d+(?![\p{L}\p{N}.])/giu;
const ARCH =
  /(?<![\p{L}\p{N}+.])(?:x86[_-]64|x64|x86|amd64|arm64|aarch64|i[3-6]86|(?:32|64)[\s-]?bits?)(?:\s+edition)?(?![\p{L}\p{N}+])/giu;
const LONG_NUMBER = /(?<![\p{L}\p{N}+.])\d{5,}(?![\p{L}\p{N}+])/gu;
const TRAILING_UNIVERSAL = /\s+universal\s*$/i;
const ACROBAT = /acrobat/i;
const DOCUMENT_CLOUD = /(?<![\p{L}\p{N}])DC(?![\p{L}\p{N}])/gu;
const EMPTY_BRACKETS = /\(\s*\)|\[\s*\]/g;
const REPEATED_DASHES = /(?:\s*[-–—]\s*){2,}/gu;
const SPACE_BEFORE_PUNCT = /\s+([,;:)\]])/g;
const SPACE_AFTER_OPEN = /([([])\s+/g;
const SPACES = /\s{2,}/g;
const EDGE_JUNK = /^[\s\-–—_,:;|/]+|[\s\-–—_,:;|/]+$/gu;

// Whole tokens, as split out of a group in parentheses.
const VERSION_TOKEN = /^v?\d+(?:\.\d+)+[a-z]?\d*$/i;
const PAIRED_LOCALE_TOKEN = /^[a-z]{2}[-_][a-z]{2}$/i;

function isParenNoiseToken(token: string): boolean {
  const lower = token.toLowerCase();
  if (ARCH_WORDS.has(lower) || PAREN_NOISE_WORDS.has(lower) || VERSION_TOKEN.test(token))
    return true;
  if (PAIRED_LOCALE_TOKEN.test(token)) return true;
  const locale = LOCALE_TOKEN.exec(token);
  if (locale && SAFE_LANGUAGES.has(locale[1]!.toLowerCase())) return true;
  if (lower.includes('-'))
    return lower.split('-').every((part) => part === '' || isParenNoiseToken(part));
  return false;
}

/** "(x64 en-US)", "(remove only)", "(10.1.2)" go; "(Standard x64)" keeps "(Standard)". */
function cleanParenGroup(_match: string, open: string, content: string, close: string): string {
  const tokens = content.split(PAREN_TOKEN_SPLIT).filter((t) => t !== '');
  if (tokens.every(isParenNoiseToken)) return '';
  const kept = tidy(stripInlineNoise(content));
  return kept === '' ? '' : ` ${open}${kept}${close}`;
}

function stripInlineNoise(text: string): string {
  return text
    .replace(VERSION, ' ')
    .replace(BUILD_NUMBER, ' ')
    .replace(UPDATE_NUMBER, ' ')
    .replace(ARCH, ' ')
    .replace(LONG_NUMBER, ' ');
}

function dropLocale(match: string, language: string): string {
  return SAFE_LANGUAGES.has(language.toLowerCase()) ? '' : match;
}

function dropTrailingLocale(match: string, language: string): string {
  return WINGET_LANGUAGES.has(language.toLowerCase()) ? '' : match;
}

function tidy(text: string): string {
  return text
    .replace(EMPTY_BRACKETS, ' ')
    .replace(REPEATED_DASHES, ' - ')
    .replace(SPACE_BEFORE_PUNCT, '$1')
    .replace(SPACE_AFTER_OPEN, '$1')
    .replace(SPACES, ' ')
    .replace(EDGE_JUNK, '');
}

/** A display name without versions, architectures, locales and installer remarks. */
function cleanDisplayName(raw: string): string {
  let text = raw.replace(SYMBOLS, '').replace(ELLIPSIS, '').trim().replace(APP_SUFFIX, '');
  text = text.replace(PAREN_GROUP, cleanParenGroup);
  text = text.replace(TRAILING_LOCALE, dropTrailingLocale).replace(INLINE_LOCALE, dropLocale);
  text = stripInlineNoise(text).replace(TRAILING_UNIVERSAL, '');
  // "Acrobat Reader DC": DC is Adobe's "Document Cloud" branding, not part of the product line.
  if (ACROBAT.test(text)) text = text.replace(DOCUMENT_CLOUD, ' ');
  return tidy(text);
}

export function fromDisplayName(raw: string): TitleIdentity | null {
  const name = cleanDisplayName(raw);
  const key = keyOf(name, false);
  return key === '' ? null : { key, name };
}
