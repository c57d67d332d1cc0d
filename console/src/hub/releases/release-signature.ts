// The hub checks a release's signature on upload, for an early and clear answer; agents check
// again with their own keys, which is what protects them.
import { createPublicKey, verify } from 'node:crypto';
import { releaseSigningText, type ReleaseManifest } from '@handraise/shared';

/** Whether one of `keys` (Ed25519 public keys, 32 raw bytes in base64) signed the manifest. */
export function signedByOneOf(
  manifest: ReleaseManifest,
  signature: string,
  keys: readonly string[],
): boolean {
  const signatureBytes = Buffer.from(signature, 'base64');
  if (signatureBytes.length !== 64) return false;
  const signed = Buffer.from(releaseSigningText(manifest), 'utf8');
  return keys.some((base64) => {
    const raw = Buffer.from(base64, 'base64');
    if (raw.length !== 32) return false;
    try {
      const key = createPublicKey({
        key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
        format: 'jwk',
      });
      return verify(null, signed, key, signatureBytes);
    } catch {
      return false;
    }
  });
}
