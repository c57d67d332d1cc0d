import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AgentConfigError } from '../agent-config-error.ts';
import { enrollmentToken, readTokenFile } from './token-sources.ts';

const TOKEN = 'lab-token-2f9c81d4e7';
const POSIX = { platform: 'linux' as const, uid: process.getuid?.() };

describe('the enrollment token', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handraise-token-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function tokenFile(name: string, content: string, mode = 0o600): string {
    const path = join(dir, name);
    writeFileSync(path, content, { mode });
    chmodSync(path, mode);
    return path;
  }

  it('comes from --token, else --token-file, else HANDRAISE_ENROLL_TOKEN, else the config file', () => {
    const file = tokenFile('order', 'from-the-file\n');
    const env = { HANDRAISE_ENROLL_TOKEN: 'from-the-environment' };
    const all = { flag: 'from-the-flag', file, env, config: 'from-the-config' };
    expect(enrollmentToken(all, POSIX)).toBe('from-the-flag');
    expect(enrollmentToken({ ...all, flag: undefined }, POSIX)).toBe('from-the-file');
    expect(enrollmentToken({ env, config: 'from-the-config' }, POSIX)).toBe('from-the-environment');
    expect(enrollmentToken({ env: {}, config: 'from-the-config' }, POSIX)).toBe('from-the-config');
    expect(enrollmentToken({ env: { HANDRAISE_ENROLL_TOKEN: ' ' } }, POSIX)).toBeUndefined();
  });

  it("reads only the source that wins: a bad file behind --token is not the flag's problem", () => {
    expect(enrollmentToken({ flag: TOKEN, file: join(dir, 'missing') }, POSIX)).toBe(TOKEN);
  });

  it("is the file's first line, trimmed, whatever its line ends or byte-order mark", () => {
    expect(readTokenFile(tokenFile('crlf', `\uFEFF  ${TOKEN}  \r\nsecond line\r\n`), POSIX)).toBe(
      TOKEN,
    );
    expect(readTokenFile(tokenFile('bare', TOKEN), POSIX)).toBe(TOKEN);
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a file others can read or change, and says how to fix it',
    () => {
      for (const mode of [0o644, 0o640, 0o620, 0o604]) {
        const path = tokenFile(`shared-${mode.toString(8)}`, `${TOKEN}\n`, mode);
        expect(() => readTokenFile(path, POSIX)).toThrow(
          new AgentConfigError(
            `the token file ${path} can be read or changed by other users (mode 0${mode.toString(8)}); make it private first: chmod 600 ${path}`,
          ),
        );
      }
      expect(readTokenFile(tokenFile('owner-read-only', `${TOKEN}\n`, 0o400), POSIX)).toBe(TOKEN);
    },
  );

  it.skipIf(process.platform === 'win32')('refuses a file another account owns', () => {
    const path = tokenFile('theirs', `${TOKEN}\n`);
    const me = process.getuid?.() ?? 0;
    // Root can give the file away; anyone else plays an account that is not the file's owner.
    const reader = me === 0 ? (chownSync(path, 4242, 4242), me) : me + 4242;
    expect(() => readTokenFile(path, { platform: 'linux', uid: reader })).toThrow(
      /^the token file .* belongs to another user \(uid \d+\); it must belong to this account or root$/,
    );
  });

  it('does not check modes on Windows, where access is in ACLs', () => {
    const path = tokenFile('windows', `${TOKEN}\n`, 0o644);
    expect(readTokenFile(path, { platform: 'win32', uid: undefined })).toBe(TOKEN);
  });

  it('refuses what cannot be a token, naming where it came from', () => {
    expect(() => readTokenFile(join(dir, 'nope'), POSIX)).toThrow(
      `token file not found: ${join(dir, 'nope')}`,
    );
    expect(() => readTokenFile(tokenFile('empty', '\n\n'), POSIX)).toThrow(
      `no enrollment token in the token file ${join(dir, 'empty')}`,
    );
    expect(() => readTokenFile(tokenFile('short', 'abc\n'), POSIX)).toThrow(
      'must be 8 to 256 characters',
    );
    expect(() => readTokenFile(tokenFile('huge', 'x'.repeat(10_000)), POSIX)).toThrow(
      'too large to hold a token',
    );
    expect(() => readTokenFile(dir, POSIX)).toThrow('is not a file');
    expect(() => enrollmentToken({ flag: '' })).toThrow(
      'no enrollment token in the --token option',
    );
    expect(() => enrollmentToken({ env: { HANDRAISE_ENROLL_TOKEN: 'short' } })).toThrow(
      'the enrollment token in the HANDRAISE_ENROLL_TOKEN variable must be 8 to 256 characters',
    );
  });
});
