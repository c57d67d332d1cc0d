// The contract tables pin both ends: these types are what senders compile against, so a change
// to a table shows here, and a sender with a payload of the wrong shape does not compile.
import type { Socket } from 'socket.io-client';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Ack } from '../ack.ts';
import type { HelpCreateResult, HelpRequest } from '../schemas/help.ts';
import type { InventoryReportResult } from '../schemas/inventory.ts';
import type { Device } from '../schemas/device.ts';
import type { User } from '../schemas/auth.ts';
import type { RequesterRequest } from '../schemas/requester.ts';
import {
  agentEvents,
  type AgentEvents,
  type AgentToHubEvents,
  type HubToAgentEvents,
} from './agent-events.ts';
import {
  consoleEvents,
  type ConsoleEvents,
  type ConsoleToHubEvents,
  type HubToConsoleEvents,
} from './console-events.ts';
import { roleMaySend, type AckData, type PayloadIn } from './event-contract.ts';

describe('socket contract tables', () => {
  it('name every event of each namespace', () => {
    expectTypeOf<keyof AgentToHubEvents>().toEqualTypeOf<
      | 'inventory:report'
      | 'help:create'
      | 'help:list'
      | 'help:looks'
      | 'help:desk'
      | 'help:fixes'
      | 'help:fix-worked'
      | 'help:reply'
      | 'help:feedback'
      | 'live:sample'
      | 'update:check'
      | 'update:outcome'
    >();
    expectTypeOf<keyof ConsoleToHubEvents>().toEqualTypeOf<
      | 'devices:list'
      | 'devices:sync'
      | 'device:get'
      | 'device:request-inventory'
      | 'device:watch'
      | 'device:unwatch'
      | 'requests:list'
      | 'request:get'
      | 'request:claim'
      | 'request:message'
      | 'request:resolve'
      | 'request:assign'
      | 'request:escalate'
      | 'request:reopen'
      | 'request:unresolve'
      | 'request:staff-note'
      | 'request:split'
      | 'request:merge'
      | 'duty:set'
      | 'duty:list'
      | 'tasks:list'
    >();
    expect(Object.keys(agentEvents)).toHaveLength(12);
    expect(Object.keys(consoleEvents)).toHaveLength(21);
  });

  it('type each payload from its schema and each answer from its row', () => {
    expectTypeOf<PayloadIn<ConsoleEvents['request:assign']>>().toEqualTypeOf<{
      requestId: string;
      assigneeId: string;
    }>();
    expectTypeOf<PayloadIn<ConsoleEvents['duty:set']>>().toEqualTypeOf<{ onDuty: boolean }>();
    expectTypeOf<AckData<ConsoleEvents['devices:list']>>().toEqualTypeOf<Device[]>();
    expectTypeOf<AckData<ConsoleEvents['request:claim']>>().toEqualTypeOf<HelpRequest>();
    expectTypeOf<AckData<ConsoleEvents['duty:set']>>().toEqualTypeOf<User>();
    expectTypeOf<AckData<AgentEvents['help:create']>>().toEqualTypeOf<HelpCreateResult>();
    expectTypeOf<AckData<AgentEvents['help:list']>>().toEqualTypeOf<RequesterRequest[]>();
    expectTypeOf<AckData<AgentEvents['inventory:report']>>().toEqualTypeOf<InventoryReportResult>();
    expectTypeOf<Parameters<ConsoleToHubEvents['request:claim']>[1]>().toEqualTypeOf<
      (response: Ack<HelpRequest>) => void
    >();
  });

  it('say who may send each event', () => {
    expect(consoleEvents['request:assign'].sentBy).toEqual(['coordinator']);
    expect(consoleEvents['request:claim'].sentBy).toEqual(['coordinator', 'advisor']);
    for (const spec of Object.values(agentEvents)) expect(spec.sentBy).toBe('device');
  });

  it('refuse, at compile time, a sender whose payload has the wrong shape', () => {
    // Never called: only compiled. Each @ts-expect-error fails `npm run typecheck` if the line
    // below it compiles, that is, if the contract stopped catching the mistake.
    const senders = (
      consoleSocket: Socket<HubToConsoleEvents, ConsoleToHubEvents>,
      agentSocket: Socket<HubToAgentEvents, AgentToHubEvents>,
    ) => {
      // @ts-expect-error: request:assign needs an assigneeId
      void consoleSocket.emitWithAck('request:assign', { requestId: 'x' });
      // @ts-expect-error: duty:set takes a boolean
      void consoleSocket.emitWithAck('duty:set', { onDuty: 'yes' });
      // @ts-expect-error: no such console event
      void consoleSocket.emitWithAck('device:delete', { deviceId: 'x' });
      void agentSocket.emitWithAck('help:create', {
        idempotencyKey: 'k',
        // @ts-expect-error: help:create's category is one of the listed ones
        category: 'teleport',
        text: 'x',
        createdAt: 'now',
      });
      // @ts-expect-error: help:feedback says fixed or not
      void agentSocket.emitWithAck('help:feedback', { requestId: 'x', idempotencyKey: 'k' });
    };
    expectTypeOf(senders).toBeFunction();
  });

  it('say who may send, by role; no person may send what only a device sends', () => {
    const assign = consoleEvents['request:assign'].sentBy;
    expect([roleMaySend(assign, 'coordinator'), roleMaySend(assign, 'advisor')]).toEqual([
      true,
      false,
    ]);
    expect(roleMaySend(consoleEvents['request:claim'].sentBy, 'advisor')).toBe(true);
    expect(roleMaySend(agentEvents['help:create'].sentBy, 'coordinator')).toBe(false);
  });
});
