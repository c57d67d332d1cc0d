// The tray's keychain, with Electron's safeStorage stood in: a sealer only where it protects.
import { describe, expect, it } from 'vitest';
import { safeStorageSealer, type SafeStorageLike } from './secret-sealer.ts';

/** Stands in for safeStorage: "encrypts" by reversing and tagging, so sealed text differs. */
function standIn(
  available: boolean,
  backend?: string,
): SafeStorageLike & {
  getSelectedStorageBackend?: () => string;
} {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(`sealed:${[...text].reverse().join('')}`),
    decryptString: (sealed) => {
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('not ours');
      return [...text.slice('sealed:'.length)].reverse().join('');
    },
    ...(backend ? { getSelectedStorageBackend: () => backend } : {}),
  };
}

describe('the keychain sealer', () => {
  it('seals and unseals through safeStorage', () => {
    const sealer = safeStorageSealer(standIn(true), 'win32')!;
    const sealed = sealer.seal('device-secret-0123456789');
    expect(sealed).not.toContain('device-secret');
    expect(sealer.unseal(sealed)).toBe('device-secret-0123456789');
    expect(() => sealer.unseal(Buffer.from('plain').toString('base64'))).toThrow();
  });

  it('is none without a keychain, or with Linux’s plain-text fallback', () => {
    expect(safeStorageSealer(standIn(false), 'darwin')).toBeNull();
    expect(safeStorageSealer(standIn(true, 'basic_text'), 'linux')).toBeNull();
    expect(safeStorageSealer(standIn(true, 'gnome_libsecret'), 'linux')).not.toBeNull();
  });
});
