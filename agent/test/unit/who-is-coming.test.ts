import { describe, expect, it } from 'vitest';
import type { TrayHelpDesk, TrayRequest } from '../../src/ipc/tray-api.ts';
import { showsFallback, whoIsComing } from '../../src/renderer/who-is-coming.ts';

const request = (overrides: Partial<TrayRequest>): TrayRequest => ({
  key: 'k',
  id: '6f1c1c52-8f5e-4b1a-9a59-2f2b8d1f0c11',
  number: 42,
  category: 'app',
  text: '',
  createdAt: '2025-01-01T00:00:00.000Z',
  state: 'new',
  helperName: null,
  hasScreenshot: false,
  urgent: false,
  hubBusy: false,
  messages: [],
  ...overrides,
});

const desk = (overrides: Partial<TrayHelpDesk>): TrayHelpDesk => ({
  deviceName: 'music-room-pc-3',
  site: null,
  room: 'Music Room',
  onDuty: [
    { name: 'Ana', role: 'advisor' },
    { name: 'Marta', role: 'coordinator' },
  ],
  fallbackContact: 'If your class is stopped, call extension 1234',
  live: true,
  ...overrides,
});

describe('who is coming', () => {
  it('names the helper who took it, or says the IT coordinator has it', () => {
    expect(whoIsComing(request({ state: 'claimed', helperName: 'Ana' }), null)).toEqual({
      kind: 'helper',
      name: 'Ana',
    });
    expect(whoIsComing(request({ state: 'claimed' }), desk({}))).toEqual({
      kind: 'helper',
      name: null,
    });
    expect(whoIsComing(request({ state: 'escalated' }), desk({}))).toEqual({
      kind: 'coordinator',
    });
  });

  it('lists who is on duty for a waiting request, or says it goes to the IT coordinator', () => {
    expect(whoIsComing(request({}), desk({}))).toEqual({
      kind: 'on-duty',
      helpers: desk({}).onDuty,
    });
    expect(whoIsComing(request({}), desk({ onDuty: [] }))).toEqual({ kind: 'nobody' });
    // Delivered, the hub's view on its way: waiting all the same.
    expect(whoIsComing(request({ state: 'saved', number: null }), desk({}))?.kind).toBe('on-duty');
  });

  it('says nothing it cannot know: duty from a kept answer, a request not at the hub yet', () => {
    expect(whoIsComing(request({}), desk({ live: false }))).toBeNull();
    expect(whoIsComing(request({}), null)).toBeNull();
    expect(whoIsComing(request({ id: null, number: null, state: 'saved' }), desk({}))).toBeNull();
    expect(whoIsComing(request({ state: 'resolved', helperName: 'Ana' }), desk({}))).toBeNull();
    expect(whoIsComing(request({ state: 'closed' }), desk({}))).toBeNull();
  });

  it('offers the fallback line until it is fixed, and when it could not be sent', () => {
    for (const state of ['saved', 'new', 'claimed', 'escalated', 'refused'] as const)
      expect(showsFallback(request({ state })), state).toBe(true);
    for (const state of ['resolved', 'closed'] as const)
      expect(showsFallback(request({ state })), state).toBe(false);
  });
});
