// What the tray's core keeps of what it sent, against a real hub: a screenshot's bytes go once the
// hub has acknowledged the request, a request the coordinator deleted (privacy) leaves the tray's
// list and the outbox, and nothing still waiting to be sent is ever dropped.
import pino from 'pino';
import { describe, expect } from 'vitest';
import { agentFiles } from '../../src/core/agent-paths.ts';
import { openOutbox } from '../../src/core/outbox.ts';
import {
  syntheticScreen,
  toPngScreenshot,
} from '../../src/core/screenshot/testing/synthetic-screen.ts';
import { startTrayRuntime, type TrayRuntime } from '../../src/tray/help-desk-runtime.ts';
import { hubTest } from '../support/hub-fixture.ts';
import { enrollComputer } from '../support/hub-harness.ts';
import { until } from '../support/until.ts';

const PICTURE = toPngScreenshot(syntheticScreen(64, 48)).bytes;
/** Requests a device may send per minute before the hub answers `rate-limited`. */
const HUB_TAKES_PER_MINUTE = 10;

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

describe('what the outbox keeps once the hub has it', () => {
  hubTest(
    'drops delivered pictures, forgets deleted requests, and keeps whatever waits',
    async ({ hub, helper, api, tempDir, onTestFinished }) => {
      const agentDir = tempDir('handraise-agent-');
      const { deviceId } = await enrollComputer(hub.url, agentDir, 'library-pc-2');
      // A second connection to the same outbox file, as another of the agent's processes has.
      const store = openOutbox(agentFiles(agentDir).store);
      onTestFinished(() => store.close());
      const item = (key: string) => store.get(key);
      const pictureBytes = (key: string) => {
        const found = item(key);
        return found?.kind === 'help:create' ? (found.payload.screenshot?.byteLength ?? -1) : -1;
      };
      // The coordinator's privacy deletion of one requester's requests on this computer.
      const deleteRequester = (name: string) =>
        api('/api/privacy/requesters/delete', { name, deviceId });

      let runtime = startRuntime(agentDir);
      onTestFinished(() => runtime.close());
      await until(() => runtime.desk.connection() === 'online', 'the tray to connect');
      const ask = (requester: string, screenshot?: Uint8Array) =>
        runtime.desk.ask({
          category: 'other',
          text: `help for ${requester}`,
          requester,
          screenshot,
        });
      const delivered = (key: string) =>
        until(() => item(key)?.status === 'delivered', `request ${key} to be delivered`);

      // The hub acknowledges the request: its picture stays there, and only there.
      const ana = await ask('Ana', PICTURE);
      await delivered(ana.key);
      await until(() => pictureBytes(ana.key) === 0, "the delivered picture's bytes to go");
      const requestId = item(ana.key)!.requestId!;
      const onHub = await fetch(`${hub.url}/api/requests/${requestId}/screenshot`, {
        headers: { authorization: `Bearer ${helper.token}` },
      });
      expect(Buffer.from(await onHub.arrayBuffer()).equals(Buffer.from(PICTURE))).toBe(true);
      expect(runtime.desk.list().find((r) => r.key === ana.key)?.hasScreenshot).toBe(true);

      // The coordinator deletes Ana's requests; the next exchange with the hub shows it gone.
      const ben = await ask('Ben');
      await delivered(ben.key);
      await deleteRequester('Ana');
      const carl = await ask('Carl');
      await delivered(carl.key);
      await until(
        () => !runtime.desk.list().some((r) => r.key === ana.key),
        "Ana's deleted request to leave the tray's list",
      );
      expect(item(ana.key)).toBeNull();
      expect(runtime.desk.list().map((r) => r.key)).toEqual(
        expect.arrayContaining([ben.key, carl.key]),
      );

      // The hub takes no more requests this minute: the next one waits here, picture and all.
      for (let sent = 3; sent < HUB_TAKES_PER_MINUTE; sent++)
        await delivered((await ask(`Dana ${sent}`)).key);
      const waiting = await ask('Ana', PICTURE);
      await until(
        () => item(waiting.key)?.lastError === 'rate-limited',
        'the hub to ask for fewer requests',
      );
      // Another deletion, then a new start: the comparison with the hub's list runs while the
      // request still waits, and must leave it as it is.
      await deleteRequester('Ben');
      runtime.close();
      runtime = startRuntime(agentDir);
      await until(
        () => runtime.desk.list().length > 0 && !runtime.desk.list().some((r) => r.key === ben.key),
        "Ben's deleted request to leave the list after a new start",
      );
      expect(item(ben.key)).toBeNull();
      expect(item(waiting.key)?.status).toBe('pending');
      expect(pictureBytes(waiting.key)).toBe(PICTURE.byteLength);
      expect(runtime.desk.list().find((r) => r.key === waiting.key)?.state).toBe('saved');
    },
  );
});
