import { describe, expect, it } from 'vitest';
import type { HelpRequest } from '@handraise/shared';
import { myOpenRequests, waitingForSomeone } from './advisor-queues.ts';

function request(
  id: string,
  minutesAgo: number,
  overrides: Partial<HelpRequest> = {},
): HelpRequest {
  const at = new Date(Date.parse('2026-03-10T10:00:00.000Z') - minutesAgo * 60_000).toISOString();
  return {
    id,
    number: 1,
    deviceId: 'd',
    deviceName: 'pc',
    site: null,
    room: 'Room 12',
    seat: null,
    category: 'app',
    text: '',
    requester: null,
    urgent: false,
    state: 'new',
    createdAt: at,
    updatedAt: at,
    screenshot: null,
    assigneeId: null,
    incidentId: null,
    ...overrides,
  };
}

const ids = (requests: HelpRequest[]) => requests.map((r) => r.id);

describe("an advisor's lists", () => {
  const all = [
    request('waiting-long', 30),
    request('waiting-urgent', 2, { urgent: true }),
    request('waiting-new', 1),
    request('mine', 20, { state: 'claimed', assigneeId: 'me' }),
    request('mine-urgent', 5, { state: 'claimed', assigneeId: 'me', urgent: true }),
    request('handed-to-me', 40, { assigneeId: 'me' }),
    request('mine-escalated', 50, { state: 'escalated', assigneeId: 'me' }),
    request('mine-resolved', 60, { state: 'resolved', assigneeId: 'me' }),
    request('someone-else', 10, { state: 'claimed', assigneeId: 'ana' }),
    request('escalated', 15, { state: 'escalated' }),
  ];

  it('"My requests": open ones assigned to me, a stopped class first, then oldest', () => {
    expect(ids(myOpenRequests(all, 'me'))).toEqual([
      'mine-urgent',
      'mine-escalated',
      'handed-to-me',
      'mine',
    ]);
  });

  it('"Waiting in my rooms": new ones nobody holds, a stopped class first, then oldest', () => {
    expect(ids(waitingForSomeone(all))).toEqual(['waiting-urgent', 'waiting-long', 'waiting-new']);
  });
});
