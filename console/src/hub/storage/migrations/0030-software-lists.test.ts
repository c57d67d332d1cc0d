import { Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { SoftwareItem } from '@handraise/shared';
import { migrateToLatest, migrateUpTo } from '../migrations.ts';
import { nodeSqliteDialect, openSqlite } from '../node-sqlite-dialect.ts';
import { readSoftwareList } from '../software-lists.ts';
import type { Database } from '../schema.ts';

const opened: Kysely<Database>[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
});

async function databaseAt(migration: string): Promise<Kysely<Database>> {
  const db = new Kysely<Database>({ dialect: nodeSqliteDialect(openSqlite(':memory:')) });
  opened.push(db);
  await migrateUpTo(db, migration);
  return db;
}

async function addDevice(db: Kysely<Database>, id: string): Promise<void> {
  await sql`insert into devices (id, name, secret_hash, enrolled_at) values (${id}, ${id}, 'x', '2026-01-01T00:00:00Z')`.execute(
    db,
  );
}

type ProgramRow = { name: string; version: string; source: string } & Partial<
  Record<'publisher' | 'arch' | 'install_date', string>
>;

/** A row of the per-program table as the hub wrote it before 0030. */
async function addProgram(db: Kysely<Database>, deviceId: string, row: ProgramRow) {
  await sql`insert into software (device_id, name, version, publisher, arch, source, install_date)
    values (${deviceId}, ${row.name}, ${row.version}, ${row.publisher ?? null}, ${row.arch ?? null},
      ${row.source}, ${row.install_date ?? null})`.execute(db);
}

describe('migration 0030: one software list per computer', () => {
  it('moves every program of every computer into its list, all fields kept', async () => {
    const db = await databaseAt('0029-software-by-device');
    await addDevice(db, 'lab-1');
    await addDevice(db, 'lab-2');
    await addDevice(db, 'never-reported');
    await addProgram(db, 'lab-1', {
      name: 'zoom',
      version: '6.1',
      source: 'registry',
      publisher: 'Zoom',
      arch: 'x64',
      install_date: '2026-02-01',
    });
    await addProgram(db, 'lab-1', { name: 'Audacity', version: '3.4.2', source: 'registry' });
    await addProgram(db, 'lab-2', {
      name: 'libc6',
      version: '2.36-9',
      source: 'dpkg',
      arch: 'amd64',
    });
    // More computers than one batch of the migration, each with a program.
    for (let i = 0; i < 250; i++) {
      const id = `pc-${String(i).padStart(3, '0')}`;
      await addDevice(db, id);
      await addProgram(db, id, {
        name: 'firefox',
        version: `${100 + (i % 30)}.0`,
        source: 'registry',
      });
    }

    await migrateToLatest(db);

    expect(await readSoftwareList(db, 'lab-1')).toEqual<SoftwareItem[]>([
      { name: 'Audacity', version: '3.4.2', source: 'registry' },
      {
        name: 'zoom',
        version: '6.1',
        source: 'registry',
        publisher: 'Zoom',
        arch: 'x64',
        installDate: '2026-02-01',
      },
    ]);
    expect(await readSoftwareList(db, 'lab-2')).toEqual([
      { name: 'libc6', version: '2.36-9', source: 'dpkg', arch: 'amd64' },
    ]);
    expect(await readSoftwareList(db, 'never-reported')).toEqual([]);
    expect(await readSoftwareList(db, 'pc-249')).toEqual([
      { name: 'firefox', version: '109.0', source: 'registry' },
    ]);
    const lists = await db.selectFrom('software_lists').select('device_id').execute();
    expect(lists).toHaveLength(252);
    const tables = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and name = 'software'`.execute(db);
    expect(tables.rows).toEqual([]);
  });

  it('leaves a computer deleted later without a list behind', async () => {
    const db = await databaseAt('0029-software-by-device');
    await addDevice(db, 'gone');
    await addProgram(db, 'gone', { name: 'vlc', version: '3.0.20', source: 'dpkg' });
    await migrateToLatest(db);
    await db.deleteFrom('devices').where('id', '=', 'gone').execute();
    expect(await db.selectFrom('software_lists').selectAll().execute()).toEqual([]);
  });
});
