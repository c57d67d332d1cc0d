// A hub on SQLite killed with SIGKILL mid-ingest keeps every request and inventory it acknowledged.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it } from 'vitest';
import { killAll } from '../support/processes.ts';
import { killMidIngest } from './support/hub-kill.ts';
import { expectNothingAcknowledgedLost } from './support/hub-kill-expectations.ts';

let dataDir: string;
afterEach(() => {
  killAll();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a hub on SQLite killed mid-ingest', () => {
  it('keeps every request and inventory it acknowledged', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'handraise-hub-kill-'));
    expectNothingAcknowledgedLost(await killMidIngest({ dataDir }));
  });
});
