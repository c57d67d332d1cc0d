// Where the OS offers a keychain (Electron's safeStorage: DPAPI on Windows, the Keychain on macOS,
// the Secret Service on Linux), the device secret is sealed with it before it reaches the disk.
// The core stays plain Node: the tray hands in a sealer, the headless service has none and keeps
// the secret in its 0600 file.

/** Seals and unseals text; `unseal` throws if the text was not sealed by this user's keychain. */
export type SecretSealer = {
  seal(text: string): string;
  unseal(sealed: string): string;
};

/** The part of Electron's safeStorage a sealer uses. */
export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(sealed: Buffer): string;
};

/**
 * A sealer over Electron's safeStorage, or null where it cannot protect anything (no keychain, or
 * Linux's plain-text fallback backend, which safeStorage reports as available anyway).
 */
export function safeStorageSealer(
  storage: SafeStorageLike & { getSelectedStorageBackend?: () => string },
  platform: NodeJS.Platform = process.platform,
): SecretSealer | null {
  if (!storage.isEncryptionAvailable()) return null;
  if (platform === 'linux' && storage.getSelectedStorageBackend?.() === 'basic_text') return null;
  return {
    seal: (text) => storage.encryptString(text).toString('base64'),
    unseal: (sealed) => storage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
