import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clearStoredRefusal,
  finalRefusalFor,
  isKeptRefusal,
  readStoredRefusal,
  refusalFileBeside,
  storeRefusal,
  type StoredRefusal,
} from './hub-refusal-record.ts';

const RETIRED: StoredRefusal = {
  refusal: 'device-retired',
  at: '2026-12-06T20:00:00.000Z',
  deviceId: 'device-1',
  hub: 'https://hub.school.lan:7300',
};

describe("the hub's refusal, kept in the data folder", () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'handraise-refusal-'));
    file = refusalFileBeside(join(dir, 'credentials.json'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is kept beside the credentials, private, and read back as it was', () => {
    expect(file).toBe(join(dir, 'refusal.json'));
    expect(readStoredRefusal(file)).toBeNull();
    storeRefusal(file, RETIRED);
    expect(readStoredRefusal(file)).toEqual(RETIRED);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    clearStoredRefusal(file);
    expect(existsSync(file)).toBe(false);
    // Clearing what is not there is no error.
    clearStoredRefusal(file);
  });

  it('holds back only the enrollment it concerns, and only after a retirement or revocation', () => {
    expect(finalRefusalFor(RETIRED, 'device-1')).toBe('device-retired');
    expect(finalRefusalFor({ ...RETIRED, refusal: 'device-revoked' }, 'device-1')).toBe(
      'device-revoked',
    );
    // Enrolled again since: another device id, which goes ahead.
    expect(finalRefusalFor(RETIRED, 'device-2')).toBeNull();
    // A hub that lost its database says `unauthorized` too: one new enrollment stays allowed.
    expect(finalRefusalFor({ ...RETIRED, refusal: 'unauthorized' }, 'device-1')).toBeNull();
    expect(finalRefusalFor(null, 'device-1')).toBeNull();
  });

  it("keeps the hub's own refusals, not this computer's distrust of a certificate", () => {
    expect(isKeptRefusal('device-revoked')).toBe(true);
    expect(isKeptRefusal('unauthorized')).toBe(true);
    expect(isKeptRefusal('hub-certificate-changed')).toBe(false);
    expect(isKeptRefusal('transport close')).toBe(false);
  });

  it('holds nothing back when the file cannot be read', () => {
    writeFileSync(file, '{ not json');
    expect(readStoredRefusal(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ ...RETIRED, refusal: 'bored' }));
    expect(readStoredRefusal(file)).toBeNull();
  });
});
