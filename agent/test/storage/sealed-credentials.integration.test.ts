// The device secret sealed by the user's keychain (the tray's safeStorage, stood in): the file on
// disk holds no readable secret, and only the same keychain opens it.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCredentials, sealStoredSecret, writeCredentials } from '../../src/core/credentials.ts';
import type { SecretSealer } from '../../src/core/trust/secret-sealer.ts';

const PIN =
  'E7:5A:A6:B7:40:39:C6:04:D7:B6:16:18:19:C5:AF:F0:72:74:0E:89:B0:72:99:69:B1:DA:CA:F1:47:65:62:F7';
const CREDENTIALS = {
  hub: 'https://hub.school.lan:7300',
  deviceId: '3f1c2a5e-8b7d-4c1e-9a2b-6d5e4f3a2b1c',
  secret: 'a-device-secret-of-enough-length',
  hubPins: [PIN],
};

/** A keychain stand-in: XOR with a per-user byte, so another "user" cannot open it. */
const keychain = (key: number): SecretSealer => ({
  seal: (text) => Buffer.from(Buffer.from(text).map((byte) => byte ^ key)).toString('base64'),
  unseal: (sealed) => {
    const text = Buffer.from(Buffer.from(sealed, 'base64').map((byte) => byte ^ key)).toString();
    if (!text.startsWith('a-device')) throw new Error('sealed by another keychain');
    return text;
  },
});

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const credentialsFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'handraise-agent-'));
  dirs.push(dir);
  return join(dir, 'credentials.json');
};

describe('credentials with a keychain', () => {
  it('keeps only the sealed secret on disk, and reads it back with the same keychain', () => {
    const path = credentialsFile();
    writeCredentials(path, CREDENTIALS, keychain(0x5a));
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain(CREDENTIALS.secret);
    expect(JSON.parse(text)).toMatchObject({ deviceId: CREDENTIALS.deviceId, hubPins: [PIN] });
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readCredentials(path, keychain(0x5a))).toEqual(CREDENTIALS);
  });

  it('opens for nobody without that keychain', () => {
    const path = credentialsFile();
    writeCredentials(path, CREDENTIALS, keychain(0x5a));
    expect(readCredentials(path)).toBeNull();
    expect(readCredentials(path, keychain(0x33))).toBeNull();
  });

  it('still reads the 0600 file of a headless agent, with or without a keychain at hand', () => {
    const path = credentialsFile();
    writeCredentials(path, CREDENTIALS);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ secret: CREDENTIALS.secret });
    expect(readCredentials(path)).toEqual(CREDENTIALS);
    expect(readCredentials(path, keychain(0x5a))).toEqual(CREDENTIALS);
  });

  it('seals a secret kept in the clear once a keychain is at hand, and leaves a sealed one be', () => {
    const path = credentialsFile();
    writeCredentials(path, CREDENTIALS);
    sealStoredSecret(path, keychain(0x5a));
    expect(readFileSync(path, 'utf8')).not.toContain(CREDENTIALS.secret);
    expect(readCredentials(path, keychain(0x5a))).toEqual(CREDENTIALS);
    const sealed = readFileSync(path, 'utf8');
    sealStoredSecret(path, keychain(0x33));
    expect(readFileSync(path, 'utf8')).toBe(sealed);
  });
});
