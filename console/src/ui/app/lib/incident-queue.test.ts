import { describe, expect, it } from 'vitest';
import type { HelpRequest } from '@handraise/shared';
import { foldIncidents, incidentTitle, openIncidentMembers } from './incident-queue.ts';

function request(id: string, overrides: Partial<HelpRequest> = {}): HelpRequest {
  return {
    id,
    number: 1,
    deviceId: `pc-${id}`,
    deviceName: `PC ${id}`,
    site: null,
    room: 'Room 12',
    seat: null,
    category: 'internet',
    text: 'No internet',
    requester: null,
    urgent: false,
    state: 'new',
    createdAt: '2026-12-07T09:00:00Z',
    updatedAt: '2026-12-07T09:00:00Z',
    screenshot: null,
    assigneeId: null,
    incidentId: null,
    ...overrides,
  };
}

describe('the queue with incidents folded', () => {
  it('puts an incident where its first request stands, with its requests inside', () => {
    const queue = [
      request('a', { incidentId: 'i1' }),
      request('b'),
      request('c', { incidentId: 'i1', urgent: true }),
      request('d', { incidentId: 'i1' }),
    ];
    const folded = foldIncidents(queue);
    expect(
      folded.map((e) => (e.kind === 'request' ? e.request.id : e.members.map((m) => m.id))),
    ).toEqual([['a', 'c', 'd'], 'b']);
    const [incident] = folded;
    expect(incident).toMatchObject({ kind: 'incident', incidentId: 'i1', urgent: true });
    expect(incident?.kind === 'incident' && incidentTitle(incident)).toBe(
      'Internet · Room 12 · 3 requests',
    );
  });

  it('is named after what most of its requests share', () => {
    const members = [
      request('a', { category: 'printer', room: 'Library' }),
      request('b'),
      request('c'),
    ];
    expect(incidentTitle({ members })).toBe('Internet · Room 12 · 3 requests');
  });

  it('shows an incident with one request in view as a plain line; finished ones are not urgent', () => {
    const folded = foldIncidents([request('a', { incidentId: 'i1' }), request('b')]);
    expect(folded.map((e) => e.kind)).toEqual(['request', 'request']);
    const done = foldIncidents([
      request('a', { incidentId: 'i2', urgent: true, state: 'resolved' }),
      request('b', { incidentId: 'i2', state: 'resolved' }),
    ]);
    expect(done[0]).toMatchObject({ kind: 'incident', urgent: false });
  });

  it('lists the open requests of an incident', () => {
    const all = [
      request('a', { incidentId: 'i1' }),
      request('b', { incidentId: 'i1', state: 'resolved' }),
      request('c', { incidentId: 'i1', state: 'claimed' }),
      request('d'),
    ];
    expect(openIncidentMembers(request('x', { incidentId: 'i1' }), all).map((r) => r.id)).toEqual([
      'a',
      'c',
    ]);
    expect(openIncidentMembers(request('d'), all)).toEqual([]);
  });
});
