// The real agent CLI names its seat at enrollment: `--seat "row 2, seat 3"` reaches the hub as a
// label and a place on the room's floor grid; a seat off the grid is refused before anything is
// sent, saying what it takes, and no computer is enrolled.
import { describe, expect } from 'vitest';
import type { Device } from '@handraise/shared';
import { hubTest } from '../../src/hub/testing/hub-test.ts';
import { TEST_ENROLL_TOKEN } from '../../src/hub/testing/test-hub.ts';
import { runAgent } from '../support/processes.ts';
import { reapProcesses, tempDirs } from '../support/process-fixtures.ts';

const seatTest = hubTest
  .extend('tempDir', { scope: 'file' }, tempDirs)
  .extend('reapProcesses', { auto: true }, reapProcesses);

const enrollArgs = (hub: string, dataDir: string, seat: string) => [
  'run',
  '--hub',
  hub,
  '--token',
  TEST_ENROLL_TOKEN,
  '--seat',
  seat,
  '--once',
  '--data-dir',
  dataDir,
];

describe('the agent names its seat at enrollment', () => {
  seatTest(
    '"row 2, seat 3" enrolls the computer on row 2, seat 3',
    async ({ t, admin, tempDir }) => {
      const run = await runAgent(
        enrollArgs(t.hub.url, tempDir('handraise-seat-'), 'row 2, seat 3'),
      );
      expect(run.code).toBe(0);
      const listed = await t.http<Device[]>('/api/devices', { token: admin });
      expect(listed.body.ok && listed.body.data).toMatchObject([
        { seat: 'row 2, seat 3', seatPlace: { row: 2, column: 3 } },
      ]);
    },
  );

  seatTest(
    'a seat off the grid is a usage error and enrolls nothing',
    async ({ t, admin, tempDir }) => {
      const run = await runAgent(
        enrollArgs(t.hub.url, tempDir('handraise-seat-'), 'row 40 seat 1'),
      );
      expect(run.code).toBe(1);
      expect(run.stderr + run.stdout).toContain('--seat takes a short label');
      const listed = await t.http<Device[]>('/api/devices', { token: admin });
      expect(listed.body).toEqual({ ok: true, data: [] });
    },
  );
});
