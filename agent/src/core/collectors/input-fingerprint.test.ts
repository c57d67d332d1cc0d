import {
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inputsFingerprint, type FingerprintInputs } from './input-fingerprint.ts';
import { fileClockPast } from './testing/file-clock.ts';

describe('inputsFingerprint (real files)', () => {
  let dir: string;
  let inputs: FingerprintInputs;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'handraise-fingerprint-'));
    writeFileSync(join(dir, 'status'), 'Package: bash\nVersion: 5.2\n');
    mkdirSync(join(dir, 'lists'));
    writeFileSync(join(dir, 'lists', 'main_Packages'), 'Package: bash\nVersion: 5.2\n');
    inputs = { files: [join(dir, 'status'), join(dir, 'preferences')], dirs: [join(dir, 'lists')] };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is stable while nothing changes', async () => {
    const first = inputsFingerprint(inputs);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(inputsFingerprint(inputs)).toBe(first);
  });

  it('changes when a file is rewritten, even with the same size and its old mtime put back', async () => {
    const before = inputsFingerprint(inputs);
    const { atime, mtime } = statSync(join(dir, 'status'));
    await fileClockPast(join(dir, 'status'));
    writeFileSync(join(dir, 'status'), 'Package: bash\nVersion: 5.3\n');
    utimesSync(join(dir, 'status'), atime, mtime);
    expect(inputsFingerprint(inputs)).not.toBe(before);
  });

  it('changes when a file is replaced by a rename, as dpkg and apt replace theirs', async () => {
    const before = inputsFingerprint(inputs);
    await fileClockPast(join(dir, 'status'));
    writeFileSync(join(dir, 'status-new'), 'Package: bash\nVersion: 5.2\n');
    renameSync(join(dir, 'status-new'), join(dir, 'status'));
    expect(inputsFingerprint(inputs)).not.toBe(before);
  });

  it('changes when an entry of a folder is added, replaced or removed', async () => {
    const original = inputsFingerprint(inputs);
    await fileClockPast(join(dir, 'lists'));
    writeFileSync(join(dir, 'lists', 'security_Packages'), 'Package: openssl\n');
    const added = inputsFingerprint(inputs);
    expect(added).not.toBe(original);
    await fileClockPast(join(dir, 'lists'));
    writeFileSync(join(dir, 'lists', 'main_Packages.new'), 'Package: bash\nVersion: 5.3\n');
    renameSync(join(dir, 'lists', 'main_Packages.new'), join(dir, 'lists', 'main_Packages'));
    const replaced = inputsFingerprint(inputs);
    expect(replaced).not.toBe(added);
    await fileClockPast(join(dir, 'lists'));
    rmSync(join(dir, 'lists', 'security_Packages'));
    const removed = inputsFingerprint(inputs);
    expect(removed).not.toBe(replaced);
  });

  it('changes when a missing input appears, and with the salt', async () => {
    const before = inputsFingerprint(inputs);
    writeFileSync(join(dir, 'preferences'), 'Package: *\nPin: release a=testing\n');
    const after = inputsFingerprint(inputs);
    expect(after).not.toBe(before);
    expect(inputsFingerprint(inputs, 'apt list --upgradable')).not.toBe(after);
  });

  it('records a folder that cannot be listed instead of failing', async () => {
    const missing = { files: [], dirs: [join(dir, 'no-such-folder')] };
    expect(inputsFingerprint(missing)).toBe(inputsFingerprint(missing));
    mkdirSync(join(dir, 'no-such-folder'));
    expect(inputsFingerprint(missing)).not.toBe(inputsFingerprint({ files: [], dirs: [] }));
  });
});
