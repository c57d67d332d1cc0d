// Test support for the Tech Advisor program: a help desk on a hub whose clock the test moves,
// where requests are raised, claimed, answered, resolved and reopened at the minute the test says.
import type { HelpCategory, HelpRequestDetail, User } from '@handraise/shared';
import type { HubOptions } from './hub-test.ts';
import { manualClock, type ManualClock } from './manual-clock.ts';
import { raiseHand } from './raise-hand.ts';
import { advisorConsole, computerIn } from './school.ts';
import type { AgentClient, ConsoleClient, TestHub } from './test-hub.ts';

export const MINUTE_MS = 60_000;

type Ack = { ok: boolean; error?: string };

const mustBeOk = (what: string, answer: Ack) => {
  if (!answer.ok) throw new Error(`${what} refused: ${answer.error}`);
};

/** An advisor at their console, on duty, so requests wait for them rather than escalate. */
export type DeskAdvisor = { user: User; token: string; socket: ConsoleClient };

/** A hub started at `start` on a clock the test moves, as a help desk (see deskOn). */
export async function programDesk(
  startHub: (options: HubOptions) => Promise<TestHub>,
  start: string,
) {
  const clock = manualClock(start);
  return deskOn(await startHub({ clock }), clock);
}

/**
 * Hub `t`, running on `clock`, with the coordinator's session and console, and the steps a help
 * desk takes, each at a minute counted from the clock's time now (never backwards).
 */
export async function deskOn(t: TestHub, clock: ManualClock) {
  const origin = clock.now().getTime();
  const admin = await t.signIn();
  const coordinator = await t.connectConsole(admin);

  const at = (minute: number) => origin + minute * MINUTE_MS;
  const moveTo = (minute: number) => {
    const ahead = at(minute) - clock.now().getTime();
    if (ahead < 0) throw new Error(`minute ${minute} is in the past`);
    clock.advance(ahead);
  };

  return {
    t,
    admin,
    coordinator,
    clock,
    /** Epoch milliseconds of a minute of the test. */
    at,
    moveTo,

    async advisor(username: string, displayName: string): Promise<DeskAdvisor> {
      // A teacher for the whole school: offered everything, in every room.
      const made = await advisorConsole(t, admin, {
        username,
        displayName,
        advisorKind: 'teacher',
      });
      mustBeOk('duty:set', await made.socket.emitWithAck('duty:set', { onDuty: true }));
      return made;
    },

    computer: (hostname: string, room: string) => computerIn(t, admin, hostname, room),

    async raise(agent: AgentClient, category: HelpCategory, minute: number): Promise<string> {
      moveTo(minute);
      return raiseHand(agent, { category, text: `Help with ${category}` });
    },

    async claim(socket: ConsoleClient, requestId: string, minute: number) {
      moveTo(minute);
      mustBeOk('request:claim', await socket.emitWithAck('request:claim', { requestId }));
    },

    async message(socket: ConsoleClient, requestId: string, minute: number) {
      moveTo(minute);
      const text = 'Try turning it off and on again';
      mustBeOk('request:message', await socket.emitWithAck('request:message', { requestId, text }));
    },

    async resolve(socket: ConsoleClient, requestId: string, minute: number) {
      moveTo(minute);
      mustBeOk('request:resolve', await socket.emitWithAck('request:resolve', { requestId }));
    },

    /** The requester's "Still broken". */
    async stillBroken(agent: AgentClient, requestId: string, minute: number) {
      moveTo(minute);
      const idempotencyKey = crypto.randomUUID();
      mustBeOk(
        'help:feedback',
        await agent.emitWithAck('help:feedback', { requestId, idempotencyKey, fixed: false }),
      );
    },

    /** The coordinator's reopen. */
    async reopen(requestId: string, minute: number) {
      moveTo(minute);
      mustBeOk('request:reopen', await coordinator.emitWithAck('request:reopen', { requestId }));
    },

    async numberOf(requestId: string): Promise<number> {
      const detail = await t.http<HelpRequestDetail>(`/api/requests/${requestId}`, {
        token: admin,
      });
      if (!detail.body.ok) throw new Error(detail.body.error);
      return detail.body.data.number;
    },
  };
}

export type ProgramDesk = Awaited<ReturnType<typeof programDesk>>;
