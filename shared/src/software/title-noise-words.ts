// What counts as noise in a name rather than identity: locales, installer remarks, architectures.

/** Bare language codes that are safe to read as a locale inside parentheses. */
export const SAFE_LANGUAGES: ReadonlySet<string> = new Set([
  ...wordList('en de fr es nl pt ru ja zh ko pl sv da fi nb nn cs hu tr ar uk'),
  ...wordList('ro sk sl hr bg lv lt ca gl vi sr fa'),
]);
/** All codes a winget locale package may end in (`Mozilla.Firefox.it`). */
export const WINGET_LANGUAGES: ReadonlySet<string> = new Set([
  ...SAFE_LANGUAGES,
  ...wordList('it is no id el he et eu ga hi ms ta te th af be bn cy eo hy ka kk'),
  ...wordList('km kn mk ml mr my ne pa si sq sw uz'),
]);

/** Noise words inside parentheses: "(User)", "(remove only)", "(x64 edition)". */
export const PAREN_NOISE_WORDS: ReadonlySet<string> = new Set([
  '32',
  '64',
  'user',
  'users',
  'machine',
  'wide',
  'per',
  'all',
  'remove',
  'only',
  'edition',
  'bit',
  'universal',
  'arm',
  'version',
  'msi',
]);

/** Architecture words as one id segment or one token. */
export const ARCH_WORDS: ReadonlySet<string> = new Set([
  'x64',
  'x86',
  'x86_64',
  'x86-64',
  'amd64',
  'arm64',
  'aarch64',
  'i386',
  'i486',
  'i586',
  'i686',
  '32-bit',
  '64-bit',
  '32bit',
  '64bit',
  'universal',
]);

/** A locale as one token (`de`, `en-US`, `zh_Hans`): the language, then a region or script. */
export const LOCALE_TOKEN = /^([a-z]{2})(?:[-_]([a-z]{2}|hans|hant|latn|cyrl))?$/i;

function wordList(list: string): string[] {
  return list.split(' ');
}
