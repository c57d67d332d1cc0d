// A certificate's SHA-256 fingerprint, written the way Node and browsers show it: 32 bytes as
// upper-case hex pairs separated by colons. People paste it from wherever they read it, so the
// common spellings are read too: any case; colons, dashes or spaces between the pairs, or none;
// openssl's `sha256 Fingerprint=AA:BB:…` line; a `SHA256:` prefix, before hex or before the hash
// in unpadded base64 (the way ssh writes its fingerprints). Base64 is read only as the same 32
// bytes: an SSH host key's fingerprint hashes another thing and never matches a certificate's.

const HEX_64 = /^[0-9A-F]{64}$/;
/** 32 bytes in base64: 43 characters, and one `=` of padding if written. */
const BASE64_32 = /^[A-Za-z0-9+/]{43}=?$/;
/** What may precede the hash: openssl's `sha256 Fingerprint=`, ssh's `SHA256:`, or either name. */
const PREFIX = /^(?:sha-?256)?\s*(?:fingerprint)?\s*[=:]?\s*/i;

/** The fingerprint in its one written form, or null if it is not a SHA-256 fingerprint. */
export function normalizeFingerprint(text: string): string | null {
  const trimmed = text.trim();
  const value = trimmed.replace(PREFIX, '');
  const hex = value.replace(/[\s:-]/g, '').toUpperCase();
  if (HEX_64.test(hex)) return hex.match(/../g)!.join(':');
  // Base64 only after an explicit prefix: bare, it is too easily a typo of something else.
  if (value !== trimmed && BASE64_32.test(value)) {
    const bytes = Buffer.from(value, 'base64');
    if (bytes.length === 32) return bytes.toString('hex').toUpperCase().match(/../g)!.join(':');
  }
  return null;
}
