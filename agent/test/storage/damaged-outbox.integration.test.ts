// A damaged outbox, the real command line and a real hub: the hand still goes up, what could be
// read is delivered, the damaged file stays beside the new one, and the hub hears of it.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { hubTest } from '../support/hub-fixture.ts';
import type { DeviceDetail, HelpCreate, HelpRequestDetail } from '@handraise/shared';
import { runAgent } from '../../../console/test/support/processes.ts';
import { enrollComputer, storedRequestCount } from '../support/hub-harness.ts';
import { openOutbox } from '../../src/core/outbox.ts';
import { overwritePages, pagesOf } from '../../src/core/storage/testing/damage.ts';

const request = (text: string): HelpCreate => ({
  idempotencyKey: crypto.randomUUID(),
  category: 'printer',
  text,
  createdAt: new Date().toISOString(),
});

describe('a damaged outbox, end to end', () => {
  hubTest(
    'delivers what could be read and the new request, keeps the damaged file, and tells the hub',
    async ({ hub, api, tempDir }) => {
      // Another computer's request, which a tampered outbox must not be able to reach.
      const otherDir = tempDir('handraise-other-');
      const otherComputer = await enrollComputer(hub.url, otherDir, 'other-pc');
      const other = await runAgent([
        'help',
        'Keyboard missing keys',
        '--once',
        '--data-dir',
        otherDir,
      ]);
      expect(other.code).toBe(0);
      const [sentByOther] = await api<{ id: string }[]>(
        `/api/requests?deviceId=${otherComputer.deviceId}`,
      );
      const otherRequestId = sentByOther?.id ?? '';

      const agentDir = tempDir('handraise-agent-');
      const { deviceId } = await enrollComputer(hub.url, agentDir, 'lab-pc-12');
      const file = join(agentDir, 'agent.sqlite');
      const waiting = request('Printer in room 12 jams on every page');
      const store = openOutbox(file);
      store.add({ kind: 'help:create', payload: waiting });
      store.add({
        kind: 'help:reply',
        payload: {
          requestId: otherRequestId,
          idempotencyKey: crypto.randomUUID(),
          text: 'mine now',
        },
      });
      store.close();
      const { pageSize, pages } = pagesOf(file, 'sqlite_autoindex_outbox_1');
      overwritePages(file, pageSize, pages);
      const before = await storedRequestCount(hub);

      const help = await runAgent([
        'help',
        'Projector says no signal',
        '--once',
        '--data-dir',
        agentDir,
      ]);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Sent\. .*\(request #[0-9]+\)/);
      // The person reads one plain sentence; SQLite's account of the damage goes to the log.
      expect(help.stdout.split('\n')[0]).toBe(
        'The file where this computer keeps help requests was damaged and has been replaced: 2 saved requests and replies were kept.',
      );
      expect(help.stdout).not.toMatch(/page|tree|sqlite|error code/i);
      const logged = help.stderr
        .split('\n')
        .filter((line) => line.includes('set aside'))
        .map((line) => (JSON.parse(line) as { msg: string }).msg);
      expect(logged).toEqual([
        expect.stringMatching(
          /^the outbox was not usable \(damaged pages: .*\) and was set aside as agent\.sqlite\.damaged-[\dT-]+Z; 2 saved items \(requests, replies\) carried over; the agent goes on with a new outbox$/,
        ),
      ]);
      expect(
        readdirSync(agentDir).filter((name) => /^agent\.sqlite\.damaged-[^-]+.*Z$/.test(name)),
      ).toHaveLength(1);

      // The carried request and the new one reached the hub; the reply to someone else's did not.
      expect(await storedRequestCount(hub)).toBe(before + 2);
      const mine = await api<{ text: string }[]>(`/api/requests?deviceId=${deviceId}`);
      expect(mine.map((r) => r.text).sort()).toEqual([
        'Printer in room 12 jams on every page',
        'Projector says no signal',
      ]);
      const status = await runAgent(['status', '--data-dir', agentDir]);
      // The refused reply stays counted until the agent next reads the hub's list of this
      // computer's requests, which does not hold someone else's: then it is forgotten. Whether
      // `help --once` read that list before leaving depends on timing.
      expect(status.stdout).toMatch(/0 waiting to be sent, 2 delivered, [01] refused/);
      const otherRequest = await api<HelpRequestDetail & { events: { kind: string }[] }>(
        `/api/requests/${otherRequestId}`,
      );
      expect(otherRequest.events.filter((event) => event.kind === 'message')).toEqual([]);

      // The next inventory carries the note.
      const run = await runAgent(['run', '--once', '--data-dir', agentDir]);
      expect(run.code).toBe(0);
      const device = await api<DeviceDetail>(`/api/devices/${deviceId}`);
      const note = device.notes.find((n) => n.collector === 'outbox');
      expect(note?.error).toMatch(/Z: the outbox was not usable .* 2 saved items/);
    },
  );

  hubTest(
    'that is not a database at all still takes a new request, and says nothing could be read',
    async ({ hub, tempDir }) => {
      const agentDir = tempDir('handraise-agent-');
      await enrollComputer(hub.url, agentDir, 'lab-pc-13');
      writeFileSync(join(agentDir, 'agent.sqlite'), Buffer.alloc(8192, 0x5a));

      const help = await runAgent([
        'help',
        'Wi-Fi keeps dropping',
        '--once',
        '--data-dir',
        agentDir,
      ]);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('Sent.');
      expect(help.stdout).toContain(
        'was damaged and has been replaced: nothing in it could be read, so requests waiting in it are lost.',
      );
      expect(help.stderr).toContain('nothing could be read out of it');
      expect(
        readdirSync(agentDir).filter((name) => name.startsWith('agent.sqlite.damaged-')),
      ).toHaveLength(1);
    },
  );
});
