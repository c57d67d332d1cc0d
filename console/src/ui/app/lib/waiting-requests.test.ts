import { describe, expect, it } from 'vitest';
import type { HelpRequest } from '@handraise/shared';
import { waitingLabel, waitingRequests } from './waiting-requests.ts';

const inState = (...states: HelpRequest['state'][]): HelpRequest[] =>
  states.map((state, i) => ({ id: `r${i}`, state }) as HelpRequest);

describe('waiting requests', () => {
  it("counts Today's waiting and escalated ones apart, and both for the coordinator", () => {
    const requests = inState('escalated', 'escalated', 'new', 'claimed', 'resolved');
    const waiting = waitingRequests(requests, true);
    expect(waiting).toEqual({ total: 3, fresh: 1, escalated: 2 });
    expect(waitingLabel(waiting, true)).toBe('3 need someone: 1 waiting for someone, 2 escalated');
  });

  it('says why the badge shows escalated ones when none waits', () => {
    const waiting = waitingRequests(inState('escalated'), true);
    expect(waitingLabel(waiting, true)).toBe('1 needs someone: 0 waiting for someone, 1 escalated');
  });

  it('counts only untaken requests for others, as Today does', () => {
    const waiting = waitingRequests(inState('escalated', 'new', 'new'), false);
    expect(waiting).toEqual({ total: 2, fresh: 2, escalated: 0 });
    expect(waitingLabel(waiting, false)).toBe('2 waiting for someone');
  });
});
