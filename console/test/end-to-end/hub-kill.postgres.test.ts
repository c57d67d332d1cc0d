// A hub on PostgreSQL killed with SIGKILL mid-ingest keeps every request and inventory it
// acknowledged (runs in the `postgres` project, on the private cluster).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it } from 'vitest';
import { createTestDatabase } from '../../src/hub/testing/postgres-test-databases.ts';
import { killAll } from '../support/processes.ts';
import { killMidIngest } from './support/hub-kill.ts';
import { expectNothingAcknowledgedLost } from './support/hub-kill-expectations.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  killAll();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('a hub on PostgreSQL killed mid-ingest', () => {
  it('keeps every request and inventory it acknowledged', async () => {
    const database = await createTestDatabase();
    if (!database) throw new Error('run under the postgres test project (npm run test:postgres)');
    cleanups.push(() => database.drop());
    const dataDir = mkdtempSync(join(tmpdir(), 'handraise-hub-kill-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    expectNothingAcknowledgedLost(await killMidIngest({ dataDir, databaseUrl: database.url }));
  });
});
