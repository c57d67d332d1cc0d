import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteDatabase, refuseForeignFile } from './database.ts';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('openSqliteDatabase keeps the hub data private to its owner', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), 'handraise-db-'));
    made.push(dir);
    return dir;
  };

  it.skipIf(process.platform === 'win32')(
    'creates the folder 0700 and the database with its log 0600, whatever the umask',
    async () => {
      const previous = process.umask(0o022);
      try {
        const file = join(scratch(), 'new', 'hub.sqlite');
        const database = await openSqliteDatabase(file);
        await database.db.selectFrom('users').selectAll().execute();
        expect(mode(join(file, '..'))).toBe(0o700);
        for (const path of [file, `${file}-wal`, `${file}-shm`])
          expect(mode(path), path).toBe(0o600);
        await database.close();
      } finally {
        process.umask(previous);
      }
    },
  );

  it.skipIf(process.platform === 'win32')(
    'tightens a folder and database that earlier versions left readable to everyone',
    async () => {
      const folder = join(scratch(), 'old');
      mkdirSync(folder, { mode: 0o755 });
      chmodSync(folder, 0o755);
      const first = await openSqliteDatabase(join(folder, 'hub.sqlite'));
      await first.close();
      chmodSync(folder, 0o755);
      chmodSync(join(folder, 'hub.sqlite'), 0o644);
      writeFileSync(join(folder, 'unrelated.txt'), 'kept as it is', { mode: 0o644 });
      const again = await openSqliteDatabase(join(folder, 'hub.sqlite'));
      expect(mode(folder)).toBe(0o700);
      expect(mode(join(folder, 'hub.sqlite'))).toBe(0o600);
      expect(mode(join(folder, 'unrelated.txt'))).toBe(0o644);
      await again.close();
    },
  );

  it.skipIf(process.platform === 'win32')(
    'leaves a shared folder such as /tmp as it is, named as the data folder by mistake',
    async () => {
      const shared = join(scratch(), 'shared');
      mkdirSync(shared);
      chmodSync(shared, 0o1777);
      const database = await openSqliteDatabase(join(shared, 'hub.sqlite'));
      expect(statSync(shared).mode & 0o7777).toBe(0o1777);
      expect(mode(join(shared, 'hub.sqlite'))).toBe(0o600);
      await database.close();
    },
  );

  it('syncs every commit to disk before the hub answers (synchronous=FULL)', async () => {
    const database = await openSqliteDatabase(join(scratch(), 'hub.sqlite'));
    const { rows } = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(database.db);
    // 2 is FULL; NORMAL (1) would survive a crashed process but not a power cut.
    expect(rows).toEqual([{ synchronous: 2 }]);
    await database.close();
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a database file another user put in its folder, and changes nothing of it',
    async () => {
      const dir = scratch();
      chmodSync(dir, 0o1777);
      const file = join(dir, 'hub.sqlite');
      writeFileSync(file, '');
      chmodSync(file, 0o666);
      const me = process.getuid?.() ?? 0;
      const refusal = /belongs to another user \(uid \d+\).*choose a data folder of your own/;
      if (me === 0) {
        // As root, really hand it to `nobody`, and open the hub's database as the hub would.
        chownSync(file, 65534, 65534);
        await expect(openSqliteDatabase(file)).rejects.toThrow(refusal);
        expect(statSync(file).uid).toBe(65534);
        expect(mode(file)).toBe(0o666);
      } else {
        // Otherwise the file is ours: take the hub to be another user.
        expect(() => refuseForeignFile(file, me + 1)).toThrow(refusal);
      }
    },
  );
});
