// `handraise-agent status` run for real on a data folder: its exit code says whether the hub
// turned this computer away for good, so a deployment script need not read the text.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AGENT_CLI, startNode } from '../../../console/test/support/processes.ts';
import { writeCredentials } from '../../src/core/credentials.ts';
import {
  refusalFileBeside,
  storeRefusal,
  type StoredRefusal,
} from '../../src/core/hub-refusal-record.ts';

const HUB = 'http://127.0.0.1:9';
const DEVICE_ID = '0b6c8c52-4a3e-4c55-9f0e-3d5f4e1f2a77';
/** Longest the command may take, in ms, before it is killed (and the test fails). */
const COMMAND_LIMIT_MS = 60_000;

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'handraise-status-'));
  writeCredentials(join(dataDir, 'credentials.json'), {
    hub: HUB,
    deviceId: DEVICE_ID,
    secret: 's'.repeat(43),
  });
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function refuse(refusal: StoredRefusal['refusal'], deviceId = DEVICE_ID): void {
  storeRefusal(refusalFileBeside(join(dataDir, 'credentials.json')), {
    refusal,
    at: '2026-03-02T08:15:00.000Z',
    deviceId,
    hub: HUB,
  });
}

async function status() {
  const running = startNode([AGENT_CLI, 'status', '--data-dir', dataDir]);
  const timer = setTimeout(() => running.child.kill('SIGKILL'), COMMAND_LIMIT_MS);
  try {
    return await running.finished;
  } finally {
    clearTimeout(timer);
  }
}

describe('status', () => {
  it('exits 0 for an enrolled computer the hub has not refused', async () => {
    const run = await status();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Enrolled as device ${DEVICE_ID}`);
  });

  for (const refusal of ['device-retired', 'device-revoked'] as const) {
    it(`exits 2, as run does, while a ${refusal} refusal stands`, async () => {
      refuse(refusal);
      const run = await status();
      expect(run.code).toBe(2);
      expect(run.stdout).toContain('Refused by the hub on 2026-03-02T08:15:00.000Z');
      expect(run.stdout).toContain('The agent does not connect again by itself.');
    });
  }

  it('exits 0 after a refusal the agent gets past by itself, or one of an earlier enrollment', async () => {
    refuse('unauthorized');
    expect((await status()).code).toBe(0);
    refuse('device-retired', 'e3a1c9d2-7b4f-4a10-8c55-1f2e3d4c5b6a');
    expect((await status()).code).toBe(0);
  });
});
