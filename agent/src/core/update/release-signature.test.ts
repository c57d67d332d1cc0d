import { describe, expect, it } from 'vitest';
import { releaseManifestSchema, releaseSigningText, type ReleaseManifest } from '@handraise/shared';
import {
  generateReleaseKeys,
  isSignedRelease,
  releasePublicKey,
  signRelease,
} from './release-signature.ts';

const MANIFEST: ReleaseManifest = {
  version: '2.1.0',
  platform: 'windows',
  arch: 'x64',
  sha256: 'a'.repeat(64),
  size: 104_857_600,
};

describe('release manifests', () => {
  it('sign one canonical text, whatever order the fields came in', () => {
    const shuffled = {
      size: 104_857_600,
      arch: 'x64',
      sha256: 'a'.repeat(64),
      platform: 'windows',
      version: '2.1.0',
    } as const;
    expect(releaseSigningText(shuffled)).toBe(releaseSigningText(MANIFEST));
    expect(releaseSigningText(MANIFEST)).toBe(
      'handraise-agent-release/1\n' +
        `{"arch":"x64","platform":"windows","sha256":"${'a'.repeat(64)}","size":104857600,"version":"2.1.0"}`,
    );
  });

  it('refuse what is not a release: other platforms, short hashes, build metadata', () => {
    for (const bad of [
      { ...MANIFEST, platform: 'other' },
      { ...MANIFEST, sha256: 'abc' },
      { ...MANIFEST, version: '2.1.0+build.5' },
      { ...MANIFEST, size: 0 },
      { ...MANIFEST, extra: true },
    ])
      expect(releaseManifestSchema.safeParse(bad).success).toBe(false);
    expect(releaseManifestSchema.parse(MANIFEST)).toEqual(MANIFEST);
  });
});

describe('release signatures', () => {
  const school = generateReleaseKeys();
  const other = generateReleaseKeys();
  const signature = signRelease(MANIFEST, school.privateKeyPem);

  it('verify with the signing key among those trusted', () => {
    expect(isSignedRelease(MANIFEST, signature, [school.publicKey])).toBe(true);
    expect(isSignedRelease(MANIFEST, signature, [other.publicKey, school.publicKey])).toBe(true);
  });

  it('fail with other keys, no keys, a changed manifest or a damaged signature', () => {
    expect(isSignedRelease(MANIFEST, signature, [other.publicKey])).toBe(false);
    expect(isSignedRelease(MANIFEST, signature, [])).toBe(false);
    expect(isSignedRelease({ ...MANIFEST, version: '2.1.1' }, signature, [school.publicKey])).toBe(
      false,
    );
    expect(
      isSignedRelease({ ...MANIFEST, sha256: 'b'.repeat(64) }, signature, [school.publicKey]),
    ).toBe(false);
    const damaged = Buffer.from(signature, 'base64');
    damaged[0] = (damaged[0] ?? 0) ^ 1;
    expect(isSignedRelease(MANIFEST, damaged.toString('base64'), [school.publicKey])).toBe(false);
    expect(isSignedRelease(MANIFEST, 'not base64 at all', [school.publicKey])).toBe(false);
  });

  it('read only 32-byte Ed25519 public keys', () => {
    expect(releasePublicKey(school.publicKey)?.asymmetricKeyType).toBe('ed25519');
    expect(releasePublicKey(Buffer.alloc(31).toString('base64'))).toBeNull();
    expect(releasePublicKey('')).toBeNull();
    expect(school.publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('refuse to sign with a key that is not Ed25519', () => {
    expect(() => signRelease(MANIFEST, 'not a key')).toThrow();
  });
});
