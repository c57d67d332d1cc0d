// A certificate's SHA-256 fingerprint, written the way Node and browsers show it: 32 bytes as
// upper-case hex pairs separated by colons. Settings may give it in any case, with or without colons.

const HEX_64 = /^[0-9A-F]{64}$/;

/** The fingerprint in its one written form, or null if it is not a SHA-256 fingerprint. */
export function normalizeFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:]/g, '').toUpperCase();
  if (!HEX_64.test(hex)) return null;
  return hex.match(/../g)!.join(':');
}

/** The first and last few pairs: enough for a person to compare by eye in a sentence. */
export function shortFingerprint(fingerprint: string): string {
  const pairs = fingerprint.split(':');
  return pairs.length <= 8
    ? fingerprint
    : `${pairs.slice(0, 4).join(':')}…${pairs.slice(-4).join(':')}`;
}
