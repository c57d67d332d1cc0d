// `handraise-agent release keygen|sign` on real files: the key stays private, the signed manifest
// matches the package and verifies with the printed key, and bad input changes nothing.
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandRelease } from '../../src/core/update/release-command.ts';
import { isSignedRelease } from '../../src/core/update/release-signature.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'handraise-release-cli-'));
  dirs.push(dir);
  return dir;
}

describe('release keygen and sign', () => {
  it('make a private key file and a manifest signed with it', async () => {
    const dir = folder();
    const printed: string[] = [];
    const keyFile = join(dir, 'school.key');
    expect(await commandRelease(['keygen', keyFile], (line) => printed.push(line))).toBe(0);
    const publicKey = printed[0] ?? '';
    expect(publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o777).toBe(0o600);

    const pkg = join(dir, 'handraise-agent');
    writeFileSync(pkg, 'agent bytes');
    expect(
      await commandRelease(['sign', pkg, keyFile, '1.5.0', 'linux', 'x64'], (line) =>
        printed.push(line),
      ),
    ).toBe(0);
    expect(printed[1]).toBe(`${pkg}.release.json`);
    const signed = JSON.parse(readFileSync(`${pkg}.release.json`, 'utf8')) as {
      manifest: Parameters<typeof isSignedRelease>[0];
      signature: string;
    };
    expect(signed.manifest).toEqual({
      version: '1.5.0',
      platform: 'linux',
      arch: 'x64',
      sha256: createHash('sha256').update('agent bytes').digest('hex'),
      size: 11,
    });
    expect(isSignedRelease(signed.manifest, signed.signature, [publicKey])).toBe(true);
  });

  it('refuse to replace a key, or to sign a bad version or with a file that is no key', async () => {
    const dir = folder();
    const keyFile = join(dir, 'school.key');
    writeFileSync(keyFile, 'precious', { mode: 0o600 });
    expect(await commandRelease(['keygen', keyFile], () => {})).toBe(1);
    expect(readFileSync(keyFile, 'utf8')).toBe('precious');

    const pkg = join(dir, 'handraise-agent');
    writeFileSync(pkg, 'agent bytes');
    expect(await commandRelease(['sign', pkg, keyFile, '1.5.0', 'linux', 'x64'], () => {})).toBe(1);
    expect(await commandRelease(['sign', pkg, keyFile, '1.5', 'linux', 'x64'], () => {})).toBe(1);
    expect(await commandRelease(['sign', pkg, keyFile, '1.5.0', 'beos', 'x64'], () => {})).toBe(1);
    expect(await commandRelease(['sign', pkg], () => {})).toBe(1);
    expect(existsSync(`${pkg}.release.json`)).toBe(false);
  });

  it('say in one sentence what is wrong with a folder, a missing folder or a shared key', async () => {
    const dir = folder();
    const errors = captureStderr();
    try {
      const nowhere = join(dir, 'missing', 'school.key');
      expect(await commandRelease(['keygen', nowhere], () => {})).toBe(1);
      expect(existsSync(join(dir, 'missing'))).toBe(false);

      const keyFile = join(dir, 'school.key');
      expect(await commandRelease(['keygen', keyFile], () => {})).toBe(0);
      expect(await commandRelease(['sign', dir, keyFile, '1.5.0', 'linux', 'x64'], () => {})).toBe(
        1,
      );
      expect(existsSync(`${dir}.release.json`)).toBe(false);

      const pkg = join(dir, 'handraise-agent');
      writeFileSync(pkg, 'agent bytes');
      if (process.platform !== 'win32') {
        chmodSync(keyFile, 0o644);
        expect(
          await commandRelease(['sign', pkg, keyFile, '1.5.0', 'linux', 'x64'], () => {}),
        ).toBe(1);
        expect(existsSync(`${pkg}.release.json`)).toBe(false);
      }
    } finally {
      errors.restore();
    }
    expect(errors.lines[0]).toMatch(/^the folder .*missing does not exist: make it first$/);
    expect(errors.lines[1]).toBe(`${dir} is a folder, not a package file`);
    if (process.platform !== 'win32')
      expect(errors.lines[2]).toMatch(/can be read by other people on this computer/);
    expect(errors.lines.join('\n')).not.toMatch(/ENOENT|EISDIR|\s+at /);
  });
});

/** Collects what the command writes to stderr, one entry per line. */
function captureStderr() {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    lines.push(...text.split('\n').filter(Boolean));
    return true;
  });
  return { lines, restore: () => spy.mockRestore() };
}
