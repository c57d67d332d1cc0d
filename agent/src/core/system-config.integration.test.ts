// The system-wide enrollment file on a real file system: a temporary folder stands for
// /etc/handraise, and this test's own account for root (the rules name the trusted owner).
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AgentConfigError } from './agent-config-error.ts';
import { resolveSettings } from './agent-service.ts';
import { readSystemConfigFile, type SystemFileRules } from './system-config.ts';
import { normalizeFingerprint } from './trust/fingerprint.ts';

const me = process.getuid?.() ?? 0;
const rules: SystemFileRules = { platform: 'linux', trustedOwner: me };
const HUB = 'https://hub.school.lan:7300';
const FINGERPRINT = 'ab'.repeat(32);

let root: string;
let etc: string;
let file: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'handraise-system-config-'));
  etc = join(root, 'etc', 'handraise');
  mkdirSync(etc, { recursive: true });
  file = join(etc, 'agent.json');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function writeEnrollment(contents: unknown, mode = 0o600): string {
  const text = typeof contents === 'string' ? contents : JSON.stringify(contents);
  writeFileSync(file, text, { mode });
  chmodSync(file, mode);
  return text;
}

describe('reading the system-wide enrollment file', () => {
  it('reads a private file of the trusted owner', () => {
    writeEnrollment({ hub: HUB, token: 'district-token-1', hubFingerprint: FINGERPRINT });
    expect(readSystemConfigFile(file, rules)).toEqual({
      hub: HUB,
      token: 'district-token-1',
      hubFingerprint: FINGERPRINT,
    });
  });

  it('reads a file saved with a byte-order mark (Notepad)', () => {
    writeEnrollment(`\uFEFF${JSON.stringify({ hub: HUB })}`);
    expect(readSystemConfigFile(file, rules)).toEqual({ hub: HUB });
  });

  it('is no settings at all when there is no file or no folder', () => {
    expect(readSystemConfigFile(file, rules)).toEqual({});
    expect(readSystemConfigFile(join(root, 'nowhere', 'agent.json'), rules)).toEqual({});
  });

  it('refuses a file others can read, naming it and the fix, and leaves it as it is', () => {
    const text = writeEnrollment({ hub: HUB, token: 'district-token-1' }, 0o644);
    expect(() => readSystemConfigFile(file, rules)).toThrow(AgentConfigError);
    expect(() => readSystemConfigFile(file, rules)).toThrow(
      `the enrollment file ${file} can be read or changed by other accounts (mode 0644)`,
    );
    expect(() => readSystemConfigFile(file, rules)).toThrow(`chmod 600 '${file}'`);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses a file its group can read or change', () => {
    writeEnrollment({ hub: HUB }, 0o640);
    expect(() => readSystemConfigFile(file, rules)).toThrow(/mode 0640/);
    writeEnrollment({ hub: HUB }, 0o620);
    expect(() => readSystemConfigFile(file, rules)).toThrow(/mode 0620/);
  });

  it('refuses a file another account owns, however private', () => {
    writeEnrollment({ hub: HUB, token: 'district-token-1' });
    const stranger: SystemFileRules = { platform: 'linux', trustedOwner: me + 1 };
    expect(() => readSystemConfigFile(file, stranger)).toThrow(
      `the enrollment file ${file} belongs to uid ${me}, not root`,
    );
    expect(() => readSystemConfigFile(file, stranger)).toThrow(`sudo chown root '${file}'`);
  });

  it('refuses a folder in the file place and a file that is not JSON', () => {
    mkdirSync(file);
    expect(() => readSystemConfigFile(file, rules)).toThrow(
      `the enrollment file ${file} is not a plain file`,
    );
    rmSync(file, { recursive: true });
    writeEnrollment('{"hub": ');
    expect(() => readSystemConfigFile(file, rules)).toThrow(
      `the enrollment file ${file} is not valid JSON`,
    );
  });

  // Opened the ordinary way, a pipe with no writer would keep the agent waiting forever.
  it.runIf(process.platform !== 'win32')(
    'refuses a named pipe at the file place at once, leaving it there',
    () => {
      execFileSync('mkfifo', ['-m', '600', file]);
      expect(() => readSystemConfigFile(file, rules)).toThrow(
        `the enrollment file ${file} is not a plain file (it is a folder, a pipe or a device)`,
      );
      expect(lstatSync(file).isFIFO()).toBe(true);
    },
  );
});

describe('resolveSettings with the system-wide file', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = join(root, 'var', 'lib', 'handraise-agent');
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  });

  it('takes hub, token and fingerprint from it when nothing else gives them', () => {
    writeEnrollment({
      hub: `${HUB}/`,
      token: 'district-token-1',
      hubFingerprint: FINGERPRINT,
      inventoryIntervalHours: 2,
    });
    const resolved = resolveSettings({ dataDir, systemConfig: { path: file, rules } }, {});
    expect(resolved.hub).toBe(HUB);
    expect(resolved.token).toBe('district-token-1');
    expect(resolved.hubFingerprint).toBe(normalizeFingerprint(FINGERPRINT));
    expect(resolved.inventoryIntervalMs).toBe(2 * 3_600_000);
  });

  it('ranks below the data folder agent.json, which ranks below the flags and the environment', () => {
    writeEnrollment({ hub: HUB, token: 'district-token-1', hubFingerprint: FINGERPRINT });
    writeFileSync(
      join(dataDir, 'agent.json'),
      JSON.stringify({ hub: 'https://other.school.lan:7300' }),
      {
        mode: 0o600,
      },
    );
    const fromFolder = resolveSettings({ dataDir, systemConfig: { path: file, rules } }, {});
    expect(fromFolder.hub).toBe('https://other.school.lan:7300');
    expect(fromFolder.token).toBe('district-token-1');
    const fromFlags = resolveSettings(
      {
        dataDir,
        systemConfig: { path: file, rules },
        hub: 'https://flag.school.lan',
        hubFingerprint: 'cd'.repeat(32),
      },
      { HANDRAISE_ENROLL_TOKEN: 'from-environment' },
    );
    expect(fromFlags.hub).toBe('https://flag.school.lan');
    expect(fromFlags.hubFingerprint).toBe(normalizeFingerprint('cd'.repeat(32)));
    expect(fromFlags.token).toBe('from-environment');
  });

  it('is not read when the agent does not run machine-wide', () => {
    writeEnrollment({ hub: HUB, token: 'district-token-1' }, 0o644);
    const resolved = resolveSettings({ dataDir, systemConfig: null }, {});
    expect(resolved.hub).toBeUndefined();
    expect(resolved.token).toBeUndefined();
  });

  it('stops the agent with the reason when the file is refused, before anything is enrolled', () => {
    writeEnrollment({ hub: HUB, token: 'district-token-1' }, 0o644);
    expect(() => resolveSettings({ dataDir, systemConfig: { path: file, rules } }, {})).toThrow(
      /can be read or changed by other accounts/,
    );
  });
});
