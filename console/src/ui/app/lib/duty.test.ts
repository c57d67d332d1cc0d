import { describe, expect, it } from 'vitest';
import type { Person, User } from '@handraise/shared';
import { applyDutyChange } from './duty.ts';

const ana: Person = { id: 'a', displayName: 'Ana', role: 'coordinator' };
const zed: Person = { id: 'z', displayName: 'Zed', role: 'advisor' };
const sam: User = {
  id: 's',
  username: 'sam',
  displayName: 'Sam',
  role: 'advisor',
  createdAt: '2025-01-01T00:00:00.000Z',
  onDuty: true,
  advisor: { kind: 'teacher', scope: { sites: [], rooms: [] }, skills: [], timetable: [] },
};

describe('applyDutyChange', () => {
  it('adds someone going on duty in name order, once', () => {
    expect(applyDutyChange([ana, zed], sam).map((p) => p.displayName)).toEqual([
      'Ana',
      'Sam',
      'Zed',
    ]);
    const twice = applyDutyChange(applyDutyChange([ana], sam), sam);
    expect(twice).toEqual([ana, { id: 's', displayName: 'Sam', role: 'advisor' }]);
  });

  it('removes someone going off duty', () => {
    const on = applyDutyChange([ana], sam);
    expect(applyDutyChange(on, { ...sam, onDuty: false })).toEqual([ana]);
  });
});
