/**
 * Text from a saved command output, whatever wrote it: UTF-8 (with or without BOM), or UTF-16
 * as Windows PowerShell 5.1's `>` and regedit write it (with a BOM, or without one but with the
 * tell-tale NUL in every other byte).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (looksLikeUtf16Le(bytes)) return new TextDecoder('utf-16le').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

// ASCII-heavy UTF-16LE has a zero in most odd positions; UTF-8 text has none.
function looksLikeUtf16Le(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 4) return false;
  let zeros = 0;
  for (let i = 1; i < sample; i += 2) if (bytes[i] === 0) zeros += 1;
  return zeros > sample / 4;
}
