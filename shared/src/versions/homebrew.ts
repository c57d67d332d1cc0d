// Homebrew formula and cask versions, ordered like Homebrew's Version class: tokens rather than
// dotted parts, with alpha < beta < pre < rc < release < -p patch < .post, and HEAD on top.
import {
  compareBlank,
  compareDigits,
  compareSequences,
  compareText,
  isZeroDigits,
  type VersionOrder,
} from './order.ts';

type TokenKind = 'alpha' | 'beta' | 'pre' | 'rc' | 'string' | 'patch' | 'post' | 'number';

/** `value` is the number of a numeric token, the revision of a composite one, else the text. */
type Token = { kind: TokenKind; value: string };

// Homebrew's token patterns, tried in this order at each position (case-insensitive, `.post`
// takes any character before `post`). Anything else between tokens is a separator.
const TOKEN = /(alpha\d*|a\d+)|(beta\d*|b\d+)|(pre\d*)|(rc\d*)|(p\d*)|(.post\d+)|(\d+)|([a-z]+)/giy;
const KINDS: readonly TokenKind[] = [
  'alpha',
  'beta',
  'pre',
  'rc',
  'patch',
  'post',
  'number',
  'string',
];

// Pre-release markers sort below the end of the version, post-release ones and plain letters
// (`1.2.3a` after `1.2.3`) above it, and a number above any of them.
const RANK = {
  alpha: 0,
  beta: 1,
  pre: 2,
  rc: 3,
  end: 4,
  string: 5,
  patch: 6,
  post: 7,
  number: 8,
} as const;

const HEAD = /^HEAD(?:-.*)?$/s;

/**
 * Compares two Homebrew versions. `HEAD`, `HEAD-<commit>` and a cask's `latest` sort above every
 * other version and equal to each other. Other versions compare token by token: numbers by value,
 * alpha/beta/pre/rc/patch/post by their number (`1.2.3alpha4 == 1.2.3a4 == 1.2.3A4`), other
 * letters as text. A zero facing a non-number is padding (`2.1-p194 < 2.1.0-p195`). Homebrew
 * compares plain letters, `-p` and `.post` tokens with each other as raw text, which goes in
 * circles (`rb < rc1 < p1 < rb`); the fixed rank above keeps the order total. Blank sorts lowest.
 */
export function compareHomebrew(a: string, b: string): VersionOrder {
  const blank = compareBlank(a, b);
  if (blank !== undefined) return blank;
  const topA = isTop(a.trim());
  const topB = isTop(b.trim());
  if (topA || topB) return topA === topB ? 0 : topA ? 1 : -1;
  return compareSequences(canonicalTokens(a), canonicalTokens(b), compareTokens);
}

function isTop(version: string): boolean {
  return HEAD.test(version) || version.toLowerCase() === 'latest';
}

// Homebrew skips a zero whenever it faces a non-number, which amounts to dropping every run of
// zeros that ends at a non-number or at the end; zeros before a positive number stay.
function canonicalTokens(version: string): Token[] {
  const tokens = tokensOf(version.trim());
  const kept: Token[] = [];
  let positiveAhead = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token.kind !== 'number') positiveAhead = false;
    else if (!isZeroDigits(token.value)) positiveAhead = true;
    else if (!positiveAhead) continue;
    kept.push(token);
  }
  return kept.reverse();
}

function tokensOf(version: string): Token[] {
  const tokens: Token[] = [];
  for (let start = 0; start < version.length;) {
    TOKEN.lastIndex = start;
    const match = TOKEN.exec(version);
    if (match === null) {
      start++;
      continue;
    }
    const group = match.findIndex((text, index) => index > 0 && text !== undefined);
    const kind = KINDS[group - 1] ?? 'string';
    const text = match[0];
    // A composite token (`rc10`, `.post2`) compares by its first number; none counts as 0.
    const plain = kind === 'string' || kind === 'number';
    const value = plain ? text : (/\d+/.exec(text)?.[0] ?? '');
    tokens.push({ kind, value });
    start = TOKEN.lastIndex;
  }
  return tokens;
}

function compareTokens(a: Token | undefined, b: Token | undefined): VersionOrder {
  const rankA = RANK[a?.kind ?? 'end'];
  const rankB = RANK[b?.kind ?? 'end'];
  if (rankA !== rankB) return rankA < rankB ? -1 : 1;
  if (a === undefined || b === undefined) return 0;
  return a.kind === 'string' ? compareText(a.value, b.value) : compareDigits(a.value, b.value);
}
