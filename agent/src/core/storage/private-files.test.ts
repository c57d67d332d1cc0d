import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAgentConfigFile } from '../agent-config.ts';
import { ensureEnrolled } from '../agent-service.ts';
import { readCredentials } from '../credentials.ts';
import {
  ensurePrivateDir,
  ensurePrivateFile,
  refuseForeignEntries,
  refuseForeignFile,
  securePrivateFolder,
} from './private-files.ts';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('private files', () => {
  const root = mkdtempSync(join(tmpdir(), 'handraise-private-'));
  let previousUmask = 0;
  // The most permissive umask: whatever mode comes out was set by the code, not by the umask.
  beforeEach(() => (previousUmask = process.umask(0)));
  afterEach(() => process.umask(previousUmask));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates a folder, and the parents it needs, owner-only whatever the umask', () => {
    const dir = join(root, 'a', 'b', 'agent');
    ensurePrivateDir(dir);
    for (const path of [join(root, 'a'), join(root, 'a', 'b'), dir])
      expect(modeOf(path)).toBe(0o700);
    // A parent that was there already is not the agent's to change.
    expect(modeOf(root)).toBe(0o700 & modeOf(root));
  });

  it('creates a file 0600 and tightens one left readable, without touching its content', () => {
    const dir = join(root, 'files');
    ensurePrivateDir(dir);
    const fresh = join(dir, 'fresh');
    ensurePrivateFile(fresh);
    expect(modeOf(fresh)).toBe(0o600);
    const old = join(dir, 'old');
    writeFileSync(old, 'kept', { mode: 0o644 });
    ensurePrivateFile(old);
    expect(modeOf(old)).toBe(0o600);
    expect(readFileSync(old, 'utf8')).toBe('kept');
  });

  it('makes a whole data folder private, sub-folders included, and leaves what links point to', () => {
    const dir = join(root, 'data');
    mkdirSync(join(dir, 'cache'), { recursive: true, mode: 0o755 });
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'agent.sqlite'), '', { mode: 0o644 });
    writeFileSync(join(dir, 'agent.sqlite-wal'), '', { mode: 0o666 });
    writeFileSync(join(dir, 'cache', 'apt-upgradable.json'), '{}', { mode: 0o644 });
    const outside = join(root, 'outside.txt');
    writeFileSync(outside, '', { mode: 0o644 });
    symlinkSync(outside, join(dir, 'link'));

    securePrivateFolder(dir);
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(join(dir, 'cache'))).toBe(0o700);
    expect(modeOf(join(dir, 'agent.sqlite'))).toBe(0o600);
    expect(modeOf(join(dir, 'agent.sqlite-wal'))).toBe(0o600);
    expect(modeOf(join(dir, 'cache', 'apt-upgradable.json'))).toBe(0o600);
    expect(modeOf(outside)).toBe(0o644);
  });

  it('changes nothing it did not make: other files in the folder, a shared folder such as /tmp', () => {
    const dir = join(root, 'mixed');
    mkdirSync(dir, { mode: 0o755 });
    writeFileSync(join(dir, 'agent.sqlite'), '', { mode: 0o644 });
    writeFileSync(join(dir, 'notes.txt'), 'mine', { mode: 0o644 });
    mkdirSync(join(dir, 'photos'), { mode: 0o755 });
    chmodSync(join(dir, 'photos'), 0o755);
    securePrivateFolder(dir);
    expect(modeOf(join(dir, 'agent.sqlite'))).toBe(0o600);
    expect(modeOf(join(dir, 'notes.txt'))).toBe(0o644);
    expect(modeOf(join(dir, 'photos'))).toBe(0o755);

    // A data folder named, by mistake, as a shared one: the folder keeps its mode.
    const shared = join(root, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    writeFileSync(join(shared, 'agent.sqlite'), '', { mode: 0o644 });
    securePrivateFolder(shared);
    expect(statSync(shared).mode & 0o7777).toBe(0o1777);
    expect(modeOf(join(shared, 'agent.sqlite'))).toBe(0o600);
  });

  it('refuses its own entries when another user owns them, and says what to do', () => {
    const dir = join(root, 'planted');
    mkdirSync(dir, { mode: 0o1777 });
    chmodSync(dir, 0o1777);
    const me = process.getuid?.() ?? 0;
    /** Another user's file; returns the uid the agent is taken to run as for the check. */
    const plant = (name: string, content: string) => {
      const path = join(dir, name);
      writeFileSync(path, content, { mode: 0o666 });
      // As root, really hand the file to `nobody`; otherwise the agent is taken to be someone else.
      if (me === 0) chownSync(path, 65534, 65534);
      return { path, agentUid: me === 0 ? 0 : me + 1 };
    };
    const refusal = /belongs to another user \(uid \d+\).*choose a data folder of your own/;
    const outbox = plant('agent.sqlite', '');
    const credentials = plant(
      'credentials.json',
      JSON.stringify({ hub: 'http://198.51.100.7', deviceId: crypto.randomUUID(), secret: 'x' }),
    );
    const config = plant('agent.json', JSON.stringify({ hub: 'http://198.51.100.7' }));
    for (const planted of [outbox, credentials, config])
      expect(() => refuseForeignFile(planted.path, planted.agentUid)).toThrow(refusal);
    if (me === 0) {
      // The real entry points, as root: the folder, the credentials and the config file.
      expect(() => securePrivateFolder(dir)).toThrow(refusal);
      expect(() => readCredentials(credentials.path)).toThrow(refusal);
      expect(() => readAgentConfigFile(config.path, false)).toThrow(refusal);
      // Nothing was changed: the planted file keeps its owner and mode.
      expect(statSync(outbox.path).uid).toBe(65534);
      expect(modeOf(outbox.path)).toBe(0o666);
    }
    // Root's own files are trusted: root can change anything anyway.
    const rootOwned = join(dir, 'rootfile');
    writeFileSync(rootOwned, '');
    if (me === 0) expect(() => refuseForeignFile(rootOwned, 1000)).not.toThrow();
    expect(() => refuseForeignFile(rootOwned)).not.toThrow();
  });

  it('refuses such a folder before enrolling: no token is spent and no device made', async () => {
    const dir = join(root, 'planted-cache');
    mkdirSync(dir, { mode: 0o1777 });
    chmodSync(dir, 0o1777);
    const me = process.getuid?.() ?? 0;
    const cache = join(dir, 'cache');
    mkdirSync(cache, { mode: 0o777 });
    const refusal = /cache belongs to another user/;
    if (me === 0) {
      chownSync(cache, 65534, 65534);
      // A hub that does not exist: had the agent tried to enroll, it would fail to reach it instead.
      const files = { credentials: join(dir, 'credentials.json') };
      await expect(
        ensureEnrolled({ files, hub: 'http://127.0.0.1:9', token: 'enrollment-token-0001' }),
      ).rejects.toThrow(refusal);
    } else {
      expect(() => refuseForeignEntries(dir, me + 1)).toThrow(refusal);
    }
  });
});
