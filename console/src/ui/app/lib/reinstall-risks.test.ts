import { describe, expect, it } from 'vitest';
import type { ReinstallSuggestion } from '@handraise/shared';
import { reinstallRisks } from './reinstall-risks.ts';

const suggestion = (overrides: Partial<ReinstallSuggestion> = {}): ReinstallSuggestion => ({
  deviceId: crypto.randomUUID(),
  name: 'lab-01',
  site: null,
  room: 'Lab 7',
  enrolledAt: '2026-08-20T08:00:00.000Z',
  matchedBy: ['hardware-uuid'],
  conflicts: [],
  previous: {
    id: 'old-lab-01',
    name: 'lab-01',
    site: null,
    room: 'Lab 7',
    enrolledAt: '2025-09-01T08:00:00.000Z',
    lastSeenAt: '2026-06-30T15:00:00.000Z',
    online: false,
    requests: 2,
  },
  ...overrides,
});

describe('reinstallRisks', () => {
  it('finds nothing wrong with a re-imaged computer of the same room, offline, same hardware', () => {
    const s = suggestion();
    expect(reinstallRisks(s, [s])).toEqual([]);
    const roomless = suggestion({ room: null });
    expect(reinstallRisks(roomless, [roomless])).toEqual([]);
  });

  it('names each reason to doubt a link', () => {
    const base = suggestion();
    const online = suggestion({ previous: { ...base.previous, online: true } });
    expect(reinstallRisks(online, [online])).toEqual(['The old record is still connected']);
    const clone = suggestion({ matchedBy: ['machine-id'], conflicts: ['hardware-uuid'] });
    expect(reinstallRisks(clone, [clone])).toEqual([
      'Its hardware differs: perhaps a copy of the same system image',
    ]);
    const systemOnly = suggestion({ matchedBy: ['machine-id', 'macs'] });
    expect(reinstallRisks(systemOnly, [systemOnly])).toEqual([
      'Only the system ID matches: copies of one system image share it',
    ]);
    const macs = suggestion({ matchedBy: ['macs'] });
    expect(reinstallRisks(macs, [macs])).toEqual(['Only the network cards match']);
    const moved = suggestion({ room: 'Lab 9' });
    expect(reinstallRisks(moved, [moved])).toEqual(['Enrolled into Lab 9, was in Lab 7']);
    const twin = suggestion();
    expect(reinstallRisks(base, [base, twin])).toEqual(['2 new enrollments claim to be lab-01']);
  });
});
