// The last steps every road to a key shares: slug, drop a leading vendor word, apply the aliases.
import { PACKAGE_ALIASES, TITLE_ALIASES, VENDOR_WORDS } from './title-tables.ts';
import { MAX_TITLE_KEY_LENGTH, joinKey, slugWords } from './title-slug.ts';

/** A title: the key installs of one product share, and a name for people. */
export type TitleIdentity = { key: string; name: string };

const DIGITS = /^\d+$/;

/** Drops leading vendor words while a word follows that is not a bare number ("Microsoft 365"). */
function dropVendor(words: string[]): string[] {
  let start = 0;
  while (
    start + 1 < words.length &&
    VENDOR_WORDS.has(words[start]!) &&
    !DIGITS.test(words[start + 1]!)
  ) {
    start++;
  }
  return start === 0 ? words : words.slice(start);
}

/** The key of cleaned text: slug, vendor dropped, aliases applied; '' when nothing is left. */
export function keyOf(text: string, packageAliases: boolean, publisher?: string): string {
  const words = dropVendor(slugWords(text));
  let key = words.join('-');
  if (packageAliases) {
    const alias = PACKAGE_ALIASES.get(key);
    if (alias && (publisher === undefined || !alias.publisher || alias.publisher.test(publisher))) {
      key = alias.key;
    }
  }
  key = TITLE_ALIASES.get(key) ?? key;
  return key.length > MAX_TITLE_KEY_LENGTH ? joinKey(key.split('-')) : key;
}
