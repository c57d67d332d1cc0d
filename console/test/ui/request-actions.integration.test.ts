// Request actions the console UI added, on a real hub with real sockets: assign, escalate and
// reopen answer with acks, push `request:updated` to consoles and `help:updated` to the
// requester's agent; advisors cannot assign; malformed payloads are refused.
import { describe, expect } from 'vitest';
import { hubTest } from '../../src/hub/testing/hub-test.ts';
import type { HelpRequest, HelpRequestDetail, RequesterRequest } from '@handraise/shared';
import { fullReport } from '../../src/hub/testing/sample-inventory.ts';
import {
  nextEvent,
  type AgentClient,
  type ConsoleClient,
  type TestHub,
} from '../../src/hub/testing/test-hub.ts';
import { createAdvisor as createAdvisorOn } from '../../src/hub/testing/advisor.ts';

describe('request actions', () => {
  /** A computer on an agent socket that has raised one request; and a console watching. */
  const raiseRequest = async (
    t: TestHub,
    admin: string,
  ): Promise<{
    agent: AgentClient;
    console: ConsoleClient;
    requestId: string;
  }> => {
    const agent = await t.connectAgent(await t.enroll('lab-pc-07'));
    await agent.emitWithAck('inventory:report', fullReport());
    const created = await agent.emitWithAck('help:create', {
      idempotencyKey: crypto.randomUUID(),
      category: 'app',
      text: 'Scratch will not open',
      createdAt: new Date().toISOString(),
    });
    if (!created.ok) throw new Error(created.error);
    return { agent, console: await t.connectConsole(admin), requestId: created.data.requestId };
  };

  hubTest(
    'assigns a request to an advisor: consoles and the requester hear it; advisors cannot assign',
    async ({ t, admin }) => {
      const { user: sam, token: samToken } = await createAdvisorOn(t, admin);
      const { agent, console, requestId } = await raiseRequest(t, admin);

      const pushed = nextEvent<HelpRequest>(console, 'request:updated');
      const told = nextEvent<RequesterRequest>(agent, 'help:updated');
      const ack = await console.emitWithAck('request:assign', { requestId, assigneeId: sam.id });
      expect(ack).toMatchObject({ ok: true, data: { state: 'claimed', assigneeId: sam.id } });
      expect(await pushed).toMatchObject({ id: requestId, assigneeId: sam.id });
      expect(await told).toMatchObject({ state: 'claimed', helperName: 'Sam Okafor' });

      const detail = await console.emitWithAck('request:get', { requestId });
      const last = detail.ok ? detail.data.events.at(-1) : undefined;
      expect(last).toMatchObject({
        kind: 'claimed',
        actor: { id: sam.id },
        body: 'Assigned by Coordinator',
      });

      const samConsole = await t.connectConsole(samToken);
      expect(
        await samConsole.emitWithAck('request:assign', { requestId, assigneeId: sam.id }),
      ).toEqual({
        ok: false,
        error: 'forbidden',
      });
      expect(
        await console.emitWithAck('request:assign', { requestId, assigneeId: crypto.randomUUID() }),
      ).toEqual({ ok: false, error: 'not-found' });
    },
  );

  hubTest(
    'escalates with a note only staff see, then resolves and reopens back to the helper',
    async ({ t, admin }) => {
      const { agent, console, requestId } = await raiseRequest(t, admin);
      // An advisor escalates (the coordinator would be handing it to themselves).
      const { token: samToken } = await createAdvisorOn(t, admin);
      const sam = await t.connectConsole(samToken);
      await sam.emitWithAck('request:claim', { requestId });

      const told = nextEvent<RequesterRequest>(agent, 'help:updated');
      const escalated = await sam.emitWithAck('request:escalate', {
        requestId,
        note: 'Needs an admin password',
      });
      expect(escalated).toMatchObject({ ok: true, data: { state: 'escalated', assigneeId: null } });
      const view = await told;
      expect(view.state).toBe('escalated');
      expect(view.messages.at(-1)).toMatchObject({ kind: 'state-changed', body: 'escalated' });
      expect(JSON.stringify(view)).not.toContain('Needs an admin password');
      const detail = await console.emitWithAck('request:get', { requestId });
      expect((detail as { data: HelpRequestDetail }).data.events.at(-1)).toMatchObject({
        kind: 'escalated',
        body: 'Needs an admin password',
      });
      // Escalating twice is refused: it already is.
      expect(await sam.emitWithAck('request:escalate', { requestId })).toEqual({
        ok: false,
        error: 'invalid-state',
      });

      await console.emitWithAck('request:claim', { requestId });
      expect(await console.emitWithAck('request:reopen', { requestId })).toEqual({
        ok: false,
        error: 'invalid-state',
      });
      await console.emitWithAck('request:resolve', { requestId });
      const reopenedTold = nextEvent<RequesterRequest>(agent, 'help:updated');
      const reopened = await console.emitWithAck('request:reopen', { requestId });
      expect(reopened).toMatchObject({ ok: true, data: { state: 'claimed' } });
      expect(await reopenedTold).toMatchObject({ state: 'claimed', helperName: 'Coordinator' });
    },
  );

  hubTest('refuses malformed payloads of the new events', async ({ t, admin }) => {
    const console = await t.connectConsole(admin);
    const id = crypto.randomUUID();
    const bad: [string, unknown][] = [
      ['request:assign', { requestId: id }],
      ['request:assign', { requestId: id, assigneeId: 'me' }],
      ['request:escalate', { requestId: 'x' }],
      ['request:escalate', { requestId: id, note: 'x'.repeat(5_000) }],
      ['request:escalate', { requestId: id, extra: true }],
      ['request:reopen', {}],
      ['request:reopen', null],
    ];
    for (const [event, payload] of bad) {
      const ack = await (console.emitWithAck as (e: string, p: unknown) => Promise<unknown>)(
        event,
        payload,
      );
      expect(ack, `${event} ${JSON.stringify(payload)}`).toEqual({
        ok: false,
        error: 'invalid-payload',
      });
    }
  });
});
