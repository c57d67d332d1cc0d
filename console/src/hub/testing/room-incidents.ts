// Test support for room incidents: computers in one room raising their hands, what a request
// looks like now, and the pushes a console receives until every awaited request has arrived.
import type { HelpRequest, HelpRequestDetail, RequesterRequest } from '@handraise/shared';
import { raiseHand } from './raise-hand.ts';
import { computerIn } from './school.ts';
import type { AgentClient, ConsoleClient, TestHub } from './test-hub.ts';

export type Computer = { agent: AgentClient; deviceId: string };

/** `count` computers enrolled into `room`, named after it. */
export async function computersIn(
  t: TestHub,
  admin: string,
  room: string,
  count: number,
): Promise<Computer[]> {
  const made: Computer[] = [];
  for (let i = 1; i <= count; i += 1) {
    const host = `${room.toLowerCase().replaceAll(' ', '-')}-pc${i}`;
    made.push(await computerIn(t, admin, host, room));
  }
  return made;
}

/** An Internet request from the computer; its id. */
export const internetFrom = (computer: Computer, text = 'No internet') =>
  raiseHand(computer.agent, { category: 'internet', text });

/** The request as the coordinator reads it now. */
export async function requestNow(
  t: TestHub,
  admin: string,
  id: string,
): Promise<HelpRequestDetail> {
  const read = await t.http<HelpRequestDetail>(`/api/requests/${id}`, { token: admin });
  if (!read.body.ok) throw new Error(read.body.error);
  return read.body.data;
}

/** The request as its own computer's tray reads it. */
export async function trayView(computer: Computer, id: string): Promise<RequesterRequest> {
  const listed = await computer.agent.emitWithAck('help:list', {});
  const found = listed.ok ? listed.data.find((r) => r.id === id) : undefined;
  if (!found) throw new Error(`request ${id} is not in its tray`);
  return found;
}

/**
 * Resolves with the last `request:updated` push for each id once every id has had one that
 * `until` accepts; rejects after a bounded wait. Start it before the action.
 */
export function pushesFor(
  socket: ConsoleClient,
  ids: readonly string[],
  until: (request: HelpRequest) => boolean,
  timeoutMs = 5_000,
): Promise<Map<string, HelpRequest>> {
  return new Promise((resolve, reject) => {
    const seen = new Map<string, HelpRequest>();
    const listener = (request: HelpRequest) => {
      if (!ids.includes(request.id) || !until(request)) return;
      seen.set(request.id, request);
      if (seen.size < ids.length) return;
      clearTimeout(timer);
      socket.off('request:updated', listener);
      resolve(seen);
    };
    const timer = setTimeout(() => {
      socket.off('request:updated', listener);
      reject(new Error(`pushes for ${ids.length - seen.size} requests did not come`));
    }, timeoutMs);
    socket.on('request:updated', listener);
  });
}
