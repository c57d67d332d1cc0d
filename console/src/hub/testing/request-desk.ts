// Test support for the request desk: a printer request from Room 12 (asked by Maya), and advisors
// at consoles of their own: students of Room 12 (ana, cy) and of Room 14 (zoe), a teacher of
// Room 12 (ben).
import type { User } from '@handraise/shared';
import { raiseHand } from './raise-hand.ts';
import { computersIn, type Computer } from './room-incidents.ts';
import { advisorConsole } from './school.ts';
import type { ConsoleClient, TestHub } from './test-hub.ts';

export type Helper = { user: User; token: string; socket: ConsoleClient };
export type Room12 = {
  pc: Computer;
  /** A printer request from Room 12. */
  requestId: string;
  ana: Helper;
  cy: Helper;
  ben: Helper;
  zoe: Helper;
};

export const FORBIDDEN = { ok: false, error: 'forbidden' };
export const NOT_FOUND = { ok: false, error: 'not-found' };
export const INVALID_STATE = { ok: false, error: 'invalid-state' };
export const INVALID_PAYLOAD = { ok: false, error: 'invalid-payload' };

/** The request and the advisors, made with the coordinator's token. */
export async function room12Desk(t: TestHub, admin: string): Promise<Room12> {
  const [pc] = await computersIn(t, admin, 'Room 12', 1);
  if (!pc) throw new Error('computer missing');
  const requestId = await raiseHand(pc.agent, {
    category: 'printer',
    text: 'Paper jam',
    requester: 'Maya',
  });
  const advisor = (username: string, rooms: string[], advisorKind = 'student') =>
    advisorConsole(t, admin, {
      username,
      displayName: username.toUpperCase(),
      advisorKind,
      scope: { sites: [], rooms },
    });
  return {
    pc,
    requestId,
    ana: await advisor('ana', ['Room 12']),
    cy: await advisor('cy', ['Room 12']),
    ben: await advisor('ben', ['Room 12'], 'teacher'),
    zoe: await advisor('zoe', ['Room 14']),
  };
}
