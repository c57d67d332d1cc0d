import { describe, expect, it } from 'vitest';
import type { Account, AdvisorProfile, HelpRequest } from '@handraise/shared';
import { advisorLoad, placesOf } from './advisor-load.ts';

const NOW = Date.parse('2026-03-10T10:00:00.000Z');
const DAY = 24 * 60 * 60_000;

function account(
  id: string,
  name: string,
  advisor: AdvisorProfile | null,
  disabled = false,
): Account {
  return {
    id,
    username: id,
    displayName: name,
    role: advisor ? 'advisor' : 'coordinator',
    createdAt: '2026-01-01T00:00:00.000Z',
    onDuty: false,
    advisor,
    disabled,
  };
}

const student: AdvisorProfile = {
  kind: 'student',
  scope: { sites: [], rooms: ['Room 12', 'Library'] },
  skills: ['Printers'],
  timetable: [{ day: 1, from: '12:30', to: '13:15' }],
};
const teacher: AdvisorProfile = {
  kind: 'teacher',
  scope: { sites: [], rooms: [] },
  skills: [],
  timetable: [],
};

function request(
  id: string,
  assigneeId: string | null,
  state: HelpRequest['state'],
  daysAgo: number,
) {
  const at = new Date(NOW - daysAgo * DAY).toISOString();
  return {
    id,
    number: 1,
    deviceId: 'd',
    deviceName: 'pc',
    site: null,
    room: null,
    seat: null,
    category: 'app',
    text: '',
    requester: null,
    urgent: false,
    state,
    createdAt: at,
    updatedAt: at,
    screenshot: null,
    assigneeId,
    incidentId: null,
  } satisfies HelpRequest;
}

describe('advisor load', () => {
  const accounts = [
    account('admin', 'Ms Rivera', null),
    account('zoe', 'Zoe Park', student),
    account('ben', 'Ben Adams', teacher),
    account('old', 'Old Account', student, true),
  ];
  const requests = [
    request('r1', 'zoe', 'claimed', 0),
    request('r2', 'zoe', 'escalated', 1),
    request('r3', 'zoe', 'resolved', 2),
    request('r4', 'zoe', 'closed', 6.9),
    // Resolved before the window, and a request nobody holds: neither counts.
    request('r5', 'zoe', 'resolved', 8),
    request('r6', null, 'new', 0),
    request('r7', 'ben', 'resolved', 0.5),
    request('r8', 'admin', 'claimed', 0),
  ];

  it('counts open and lately resolved requests of each active advisor, on duty first', () => {
    expect(advisorLoad(accounts, requests, [{ id: 'zoe' }, { id: 'admin' }], NOW)).toEqual([
      {
        id: 'zoe',
        displayName: 'Zoe Park',
        kind: 'student',
        where: 'Room 12, Library',
        skills: ['Printers'],
        timetable: student.timetable,
        onDuty: true,
        open: 2,
        resolved: 2,
      },
      {
        id: 'ben',
        displayName: 'Ben Adams',
        kind: 'teacher',
        where: 'Whole school',
        skills: [],
        timetable: [],
        onDuty: false,
        open: 0,
        resolved: 1,
      },
    ]);
  });

  it('orders advisors off duty by name', () => {
    const rows = advisorLoad(accounts, [], [], NOW);
    expect(rows.map((r) => [r.displayName, r.onDuty, r.open, r.resolved])).toEqual([
      ['Ben Adams', false, 0, 0],
      ['Zoe Park', false, 0, 0],
    ]);
  });

  it('names sites before rooms, or the whole school', () => {
    expect(placesOf({ sites: ['North'], rooms: ['Room 12'] })).toBe('North, Room 12');
    expect(placesOf({ sites: [], rooms: [] })).toBe('Whole school');
  });
});
