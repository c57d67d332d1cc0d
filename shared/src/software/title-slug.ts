// Slugs: lower-case ASCII words of any text, accents folded and Cyrillic/Greek transliterated.
// The first and last step of every title key.

/** Longest key, in characters (the hub stores keys in indexed columns). */
export const MAX_TITLE_KEY_LENGTH = 200;
/** Every key matches this. */
export const TITLE_KEY_PATTERN = /^[a-z0-9][a-z0-9:+._-]*$/;

// Non-Latin letters that Unicode decomposition does not reduce to ASCII: a few Latin specials,
// Cyrillic and Greek, so such names give readable keys rather than code points.
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ...pairs('а a б b в v г g д d е e ё e ж zh з z и i й i к k л l м m н n о o п p р r с s т t'),
  ...pairs('у u ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya є ye і i ї yi ґ g'),
  ...pairs('α a β v γ g δ d ε e ζ z η i θ th ι i κ k λ l μ m ν n ξ x ο o π p ρ r σ s ς s'),
  ...pairs('τ t υ y φ f χ ch ψ ps ω o'),
};

function pairs(list: string): Record<string, string> {
  const parts = list.split(' ');
  const out: Record<string, string> = {};
  // '_' stands for "no letter" (hard and soft signs).
  for (let i = 0; i + 1 < parts.length; i += 2)
    out[parts[i]!] = parts[i + 1] === '_' ? '' : parts[i + 1]!;
  return out;
}

/** ®, ™, ©, ℠ and (TM), (R), (C): never part of a name. */
export const SYMBOLS = /[®™©℠]|\((?:tm|r|c)\)/giu;
const APOSTROPHES = /['’ʼ`]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_SLUG_CHARS = /[^a-z0-9+\s]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s+/;
const LEADING_PLUSES = /^\++/;
const TRAILING_HYPHENS = /-+$/;

/** Lower-case ASCII words of a text: accents folded, Cyrillic/Greek transliterated, '+' kept. */
export function slugWords(text: string): string[] {
  const folded = text
    .replace(SYMBOLS, '')
    .replace(APOSTROPHES, '')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NON_SLUG_CHARS, foldChar);
  const words: string[] = [];
  for (const raw of folded.split(WHITESPACE)) {
    const word = raw.replace(LEADING_PLUSES, '');
    if (word !== '') words.push(word);
  }
  return words;
}

function foldChar(ch: string): string {
  const folded = LETTER_FOLDS[ch];
  if (folded !== undefined) return folded;
  // Other scripts: the code point keeps distinct names distinct ("微信" is not "unnamed").
  if (LETTER_OR_DIGIT.test(ch)) return `u${ch.codePointAt(0)!.toString(16)}`;
  return ' ';
}

/** Words joined by '-', cut to MAX_TITLE_KEY_LENGTH without a trailing '-'. */
export function joinKey(words: readonly string[]): string {
  let key = words.join('-');
  if (key.length > MAX_TITLE_KEY_LENGTH) {
    key = key.slice(0, MAX_TITLE_KEY_LENGTH).replace(TRAILING_HYPHENS, '');
  }
  return key;
}

/**
 * The plain slug of a text: lower-case ASCII words joined by '-', accents folded, ®/™/© dropped,
 * '+' kept inside words ("Notepad++" → "notepad++"). No noise stripping, no aliases. '' when the
 * text has no letters or digits.
 */
export function slugTitle(text: string): string {
  return joinKey(slugWords(text));
}
