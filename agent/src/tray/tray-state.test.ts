import { describe, expect, it } from 'vitest';
import type { TrayRequest } from '../ipc/tray-api.ts';
import { trayState } from './tray-state.ts';

const request = (overrides: Partial<TrayRequest>): TrayRequest => ({
  key: 'k',
  id: null,
  category: 'printer',
  text: '',
  createdAt: '2025-01-01T00:00:00.000Z',
  state: 'new',
  helperName: null,
  number: null,
  hasScreenshot: false,
  urgent: false,
  hubBusy: false,
  messages: [],
  ...overrides,
});

describe('tray state', () => {
  it('is connected with nothing going on, or only closed and refused requests', () => {
    expect(trayState({ connection: 'online', requests: [], unreadReply: false })).toBe('connected');
    const done = [request({ state: 'closed' }), request({ state: 'refused' })];
    expect(trayState({ connection: 'online', requests: done, unreadReply: false })).toBe(
      'connected',
    );
  });

  it('shows an open request while one is going on', () => {
    for (const state of ['saved', 'new', 'claimed', 'escalated', 'resolved'] as const) {
      expect(
        trayState({ connection: 'online', requests: [request({ state })], unreadReply: false }),
      ).toBe('request-open');
    }
  });

  it('tells offline apart from offline with something waiting to be sent', () => {
    expect(
      trayState({
        connection: 'offline',
        requests: [request({ state: 'claimed' })],
        unreadReply: false,
      }),
    ).toBe('offline');
    expect(
      trayState({
        connection: 'refused',
        requests: [request({ state: 'saved' })],
        unreadReply: false,
      }),
    ).toBe('offline-queued');
    const pendingReply = request({
      state: 'claimed',
      messages: [
        {
          id: 'm',
          at: '',
          from: 'requester',
          kind: 'message',
          name: null,
          body: 'hi',
          pending: true,
        },
      ],
    });
    expect(trayState({ connection: 'offline', requests: [pendingReply], unreadReply: false })).toBe(
      'offline-queued',
    );
  });

  it('puts an unread reply first', () => {
    expect(
      trayState({
        connection: 'offline',
        requests: [request({ state: 'saved' })],
        unreadReply: true,
      }),
    ).toBe('new-reply');
  });
});
