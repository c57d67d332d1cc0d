// Which strings Chromium's base::Version accepts (Chrome and Edge version numbers). Ordering them
// needs nothing beyond the loose dotted comparator; this answers "is it a real Chrome version".

const UINT32_MAX = 4_294_967_295;

/**
 * True when base::Version would accept the string: one or more dot-separated decimal uint32
 * parts, no signs or spaces, and no leading zero in the first part (`01.1` is invalid, `0.01`
 * is fine).
 */
export function isChromiumVersion(text: string): boolean {
  return text.split('.').every((part, index) => {
    if (!/^\d+$/.test(part)) return false;
    const significant = part.replace(/^0+(?=\d)/, '');
    if (significant.length > 10 || Number(significant) > UINT32_MAX) return false;
    return index > 0 || significant === part;
  });
}
