// The tray's core against a real hub over real sockets: `help:desk` says which computer this is to
// the school (enrolled name, site, room), who is on duty for it and the school's fallback line;
// the answer is kept in the agent's data for when the hub is away; a request's number comes back
// with the hub's view of it.
import pino from 'pino';
import { describe, expect } from 'vitest';
import type { HelpRequest } from '@handraise/shared';
import { freePort } from '../../../console/test/support/ports.ts';
import { agentFiles } from '../../src/core/agent-paths.ts';
import { readCredentials, writeCredentials } from '../../src/core/credentials.ts';
import { startTrayRuntime, type TrayRuntime } from '../../src/tray/help-desk-runtime.ts';
import { hubTest } from '../support/hub-fixture.ts';
import { enrollComputer, roomToken, setFallbackContact } from '../support/hub-harness.ts';
import { until } from '../support/until.ts';

const FALLBACK = 'If your class is stopped, call extension 1234';

/** The tray's runtime over `dataDir`, without inventory (not what this test is about). */
function startRuntime(dataDir: string): TrayRuntime {
  return startTrayRuntime({
    dataDir,
    logger: pino({ level: 'silent' }),
    collect: async () => {
      throw new Error('inventory is not part of this test');
    },
    snapshot: async () => ({}),
  });
}

describe("the school's help desk, as the tray hears it", () => {
  hubTest(
    'names the computer as enrolled, who is on duty and the fallback line, and keeps it for offline',
    async ({ hub, helper, tempDir }) => {
      const agentDir = tempDir('handraise-agent-');
      const token = await roomToken(hub.url, helper.token, {
        site: 'North campus',
        room: 'Music Room',
      });
      await enrollComputer(hub.url, agentDir, 'music-room-pc-3', token);
      const place = { deviceName: 'music-room-pc-3', site: 'North campus', room: 'Music Room' };

      const runtime = startRuntime(agentDir);
      try {
        await until(() => runtime.desk.connection() === 'online', 'the tray to connect');
        // No fallback line set, and the coordinator's console is open but not on duty.
        expect(await runtime.desk.helpDesk()).toEqual({
          ...place,
          onDuty: [],
          fallbackContact: null,
          live: true,
        });

        await setFallbackContact(hub.url, helper.token, FALLBACK);
        await helper.ask('duty:set', { onDuty: true });
        const now = {
          ...place,
          onDuty: [{ name: 'Coordinator', role: 'coordinator' }],
          fallbackContact: FALLBACK,
        };
        expect(await runtime.desk.helpDesk()).toEqual({ ...now, live: true });

        // A request gets the number people say aloud, as the hub counted it.
        const created = new Promise<HelpRequest>((resolve) =>
          helper.socket.once('request:created', resolve),
        );
        const asked = await runtime.desk.ask({
          category: 'sound-screen',
          text: 'The projector says no signal',
          requester: 'Ana',
          urgent: true,
        });
        const request = await created;
        expect(request).toMatchObject({ requester: 'Ana', urgent: true });
        expect(request.number).toBeGreaterThan(0);
        await until(
          () => runtime.desk.list().find((r) => r.key === asked.key)?.number === request.number,
          'the request number to reach the tray',
        );
        await helper.ask('duty:set', { onDuty: false });
      } finally {
        runtime.close();
      }

      // The tray starts again with its hub out of reach: what it heard last is still there.
      const file = agentFiles(agentDir).credentials;
      const credentials = readCredentials(file);
      if (!credentials) throw new Error('the computer lost its credentials');
      writeCredentials(file, { ...credentials, hub: `http://127.0.0.1:${await freePort()}` });
      const offline = startRuntime(agentDir);
      try {
        await offline.started;
        expect(offline.desk.connection()).toBe('offline');
        expect(await offline.desk.helpDesk()).toEqual({
          ...place,
          onDuty: [{ name: 'Coordinator', role: 'coordinator' }],
          fallbackContact: FALLBACK,
          live: false,
        });
      } finally {
        offline.close();
      }
    },
  );
});
