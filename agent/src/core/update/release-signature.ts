// Release signatures: Ed25519 over the manifest's signing bytes. Agents trust only the keys their
// installer configured, never keys a hub hands out, so a hub taken over cannot push code.
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { releaseSigningText, type ReleaseManifest } from '@handraise/shared';

/** A public key from its 32 raw bytes in base64; null if it is not an Ed25519 key. */
export function releasePublicKey(base64: string): KeyObject | null {
  const raw = Buffer.from(base64, 'base64');
  if (raw.length !== 32) return null;
  try {
    return createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
      format: 'jwk',
    });
  } catch {
    return null;
  }
}

/** Whether one of `keys` (base64 raw public keys) signed this manifest. */
export function isSignedRelease(
  manifest: ReleaseManifest,
  signature: string,
  keys: readonly string[],
): boolean {
  const signatureBytes = Buffer.from(signature, 'base64');
  if (signatureBytes.length !== 64) return false;
  const bytes = Buffer.from(releaseSigningText(manifest), 'utf8');
  return keys.some((base64) => {
    const key = releasePublicKey(base64);
    return key !== null && verify(null, bytes, key, signatureBytes);
  });
}

/** Signs a manifest with a PEM (PKCS#8) Ed25519 private key; the signature in base64. */
export function signRelease(manifest: ReleaseManifest, privateKeyPem: string): string {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 private key');
  return sign(null, Buffer.from(releaseSigningText(manifest), 'utf8'), key).toString('base64');
}

/** A new key pair: the private key as PEM, the public key as its raw bytes in base64. */
export function generateReleaseKeys(): { privateKeyPem: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  if (!jwk.x) throw new Error('Ed25519 key without its public part');
  return {
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKey: Buffer.from(jwk.x, 'base64url').toString('base64'),
  };
}
