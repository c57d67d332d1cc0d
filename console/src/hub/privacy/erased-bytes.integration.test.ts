// Deleting a computer for privacy leaves none of its words in the hub's files: not in the main
// database's free pages (secure_delete) and not in the write-ahead log (checkpoint, truncated).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { PrivacyDeletion } from '@handraise/shared';
import { hubTest } from '../testing/hub-test.ts';
import { raiseHand } from '../testing/raise-hand.ts';

const DISTINCTIVE = 'Quokka-7341 says the projector in room nine smells of toast';

/** Which of the hub's database files hold the text, byte for byte. */
function filesHolding(dataDir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return ['hub.sqlite', 'hub.sqlite-wal']
    .map((name) => join(dataDir, name))
    .filter((path) => existsSync(path) && readFileSync(path).includes(needle));
}

describe("a computer's deletion", () => {
  hubTest('leaves its request text in neither hub.sqlite nor its log', async ({ t, admin }) => {
    const device = await t.enroll('lab-pc-09');
    const agent = await t.connectAgent(device);
    await raiseHand(agent, { category: 'other', text: DISTINCTIVE, requester: 'Ivy' });
    // The check below means something only if the text was on disk to begin with.
    expect(filesHolding(t.dataDir, DISTINCTIVE).length).toBeGreaterThan(0);

    const deleted = await t.http<PrivacyDeletion>(`/api/privacy/devices/${device.deviceId}`, {
      token: admin,
      method: 'DELETE',
    });
    expect(deleted.body).toMatchObject({ ok: true, data: { devices: 1, requests: 1 } });

    expect(filesHolding(t.dataDir, DISTINCTIVE)).toEqual([]);
  });
});
