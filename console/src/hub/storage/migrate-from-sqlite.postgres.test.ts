// A school's SQLite database moved into PostgreSQL keeps everything: the same rows, the hub on
// PostgreSQL serves them, its computers connect with their old secrets, and new rows follow on.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import type { HelpRequest, HelpRequestDetail } from '@handraise/shared';
import { raiseHand } from '../testing/raise-hand.ts';
import { countStoredPrograms } from '../testing/row-count.ts';
import { fullReport, sampleJpeg, sampleSections } from '../testing/sample-inventory.ts';
import { createTestDatabase } from '../testing/postgres-test-databases.ts';
import { startTestHub, type TestHub } from '../testing/test-hub.ts';
import { tableCounts } from '../privacy/privacy-fixtures.ts';
import { ConfigError } from '../config.ts';
import { openSqliteDatabase } from './database.ts';
import { migrateFromSqlite } from './migrate-from-sqlite.ts';

const MAIN = resolve(import.meta.dirname, '..', 'main.ts');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function emptyPostgres(): Promise<string> {
  const database = await createTestDatabase();
  if (!database) throw new Error('run under the postgres test project (npm run test:postgres)');
  cleanups.push(() => database.drop());
  return database.url;
}

/** A school's hub on SQLite with a bit of everything: computers, inventory, a request with a picture. */
async function schoolOnSqlite() {
  const school = await startTestHub({}, { sqlite: true });
  cleanups.push(() => school.close());
  const admin = await school.signIn();
  const device = await school.enroll('lab-pc-01');
  await school.enroll('lab-pc-02');
  const agent = await school.connectAgent(device);
  const stored = await agent.emitWithAck('inventory:report', fullReport(sampleSections()));
  if (!stored.ok) throw new Error(stored.error);
  const screenshot = sampleJpeg(4096);
  const requestId = await raiseHand(agent, {
    category: 'sound-screen',
    text: 'The projector says no signal',
    requester: 'Ms Patel',
    screenshot,
  });
  const counts = await tableCounts(school.hub.database.db);
  agent.disconnect();
  await school.hub.close();
  return { school, admin, device, requestId, screenshot, counts };
}

async function openOnPostgres(url: string): Promise<TestHub> {
  const hub = await startTestHub({ databaseUrl: url });
  cleanups.push(() => hub.close());
  return hub;
}

describe('--migrate-from-sqlite', () => {
  it('copies every row, and the hub on PostgreSQL carries on from them', async () => {
    const { school, device, requestId, screenshot, counts } = await schoolOnSqlite();
    const url = await emptyPostgres();

    const copied = await migrateFromSqlite(join(school.dataDir, 'hub.sqlite'), url);
    expect(Object.fromEntries(copied.map(({ table, rows }) => [table, rows]))).toEqual(counts);
    expect(counts.software_lists).toBeGreaterThan(0);
    expect(counts.screenshots).toBe(1);

    const district = await openOnPostgres(url);
    const admin = await district.signIn();
    const detail = await district.http<HelpRequestDetail>(`/api/requests/${requestId}`, {
      token: admin,
    });
    expect(detail.body).toMatchObject({
      ok: true,
      data: { id: requestId, number: 1, text: 'The projector says no signal' },
    });
    const picture = await fetch(`${district.hub.url}/api/requests/${requestId}/screenshot`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(Buffer.from(await picture.arrayBuffer()).equals(screenshot)).toBe(true);

    // The computer connects with the secret it always had; what it sends next follows on.
    const agent = await district.connectAgent(device);
    const software = [
      ...sampleSections().software,
      { name: 'gimp', version: '2.10.34-1', source: 'dpkg' as const, arch: 'amd64' },
    ];
    const report = fullReport(sampleSections({ software }));
    expect(await agent.emitWithAck('inventory:report', report)).toMatchObject({ ok: true });
    expect(await countStoredPrograms(district.hub.database.db)).toBe(3);
    await raiseHand(agent, { category: 'other', text: 'The printer is jammed', requester: 'Sam' });
    const list = await district.http<HelpRequest[]>('/api/requests', { token: admin });
    expect(list.body.ok && list.body.data.map((r) => r.number).sort()).toEqual([1, 2]);
  });

  it('refuses a database that already holds data, and changes nothing in it', async () => {
    const { school } = await schoolOnSqlite();
    const url = await emptyPostgres();
    const district = await openOnPostgres(url);
    await district.signIn();
    await district.enroll('district-pc-01');
    const before = await tableCounts(district.hub.database.db);

    await expect(migrateFromSqlite(join(school.dataDir, 'hub.sqlite'), url)).rejects.toThrow(
      ConfigError,
    );
    expect(await tableCounts(district.hub.database.db)).toEqual(before);
  });

  it('runs from the command line and prints the counts; a missing file is a clear error', async () => {
    const { school, counts } = await schoolOnSqlite();
    const url = await emptyPostgres();
    const run = (file: string) =>
      spawnSync(
        process.execPath,
        ['--disable-warning=ExperimentalWarning', MAIN, '--migrate-from-sqlite', file],
        { encoding: 'utf8', env: { ...process.env, HANDRAISE_DATABASE_URL: url } },
      );

    const missing = run(join(school.dataDir, 'no-such.sqlite'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no-such.sqlite does not exist');

    const done = run(join(school.dataDir, 'hub.sqlite'));
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/every count matches/);
    expect(done.stdout).toMatch(new RegExp(`requests +${counts.requests} rows`));
  });

  it('refuses a file that is no hub database, and changes nothing in it or its folder', async () => {
    const url = await emptyPostgres();
    const folder = mkdtempSync(join(tmpdir(), 'handraise-migrate-'));
    cleanups.push(async () => rmSync(folder, { recursive: true, force: true }));
    chmodSync(folder, 0o755);
    const unchanged = (file: string) => {
      const before = { bytes: readFileSync(file), mode: statSync(file).mode };
      return () => {
        expect(readFileSync(file).equals(before.bytes)).toBe(true);
        expect(statSync(file).mode).toBe(before.mode);
        expect(statSync(folder).mode & 0o777).toBe(0o755);
      };
    };

    // Another program's database.
    const other = join(folder, 'gradebook.sqlite');
    const gradebook = new DatabaseSync(other);
    gradebook.exec(
      "create table marks (pupil text, mark integer); insert into marks values ('Ana', 9)",
    );
    gradebook.close();
    const otherUnchanged = unchanged(other);
    await expect(migrateFromSqlite(other, url)).rejects.toThrow(
      /is not a Handraise hub's database/,
    );
    otherUnchanged();

    // An empty file.
    const empty = join(folder, 'empty.sqlite');
    writeFileSync(empty, '');
    await expect(migrateFromSqlite(empty, url)).rejects.toThrow(/is empty/);
    expect(statSync(empty).size).toBe(0);

    // A hub's file with nothing in it (the main file copied without its log, say).
    const bare = join(folder, 'copied-without-log.sqlite');
    await (await openSqliteDatabase(bare)).close();
    await expect(migrateFromSqlite(bare, url)).rejects.toThrow(
      /holds no accounts and no computers/,
    );

    const district = await openOnPostgres(url);
    expect((await tableCounts(district.hub.database.db)).devices).toBe(0);
  });
});
