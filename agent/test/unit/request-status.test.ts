import { describe, expect, it } from 'vitest';
import type { TrayRequest } from '../../src/ipc/tray-api.ts';
import { helperInvolved, isActive, requestStatus } from '../../src/renderer/request-status.ts';

const request = (overrides: Partial<TrayRequest>): TrayRequest => ({
  key: 'k',
  id: '6f1c1c52-8f5e-4b1a-9a59-2f2b8d1f0c11',
  category: 'app',
  text: '',
  createdAt: '2025-01-01T00:00:00.000Z',
  state: 'new',
  helperName: 'Ana',
  number: null,
  hasScreenshot: false,
  urgent: false,
  hubBusy: false,
  messages: [],
  ...overrides,
});

describe('request status', () => {
  it('says a request waiting in the outbox is saved while offline and sending while online', () => {
    const saved = request({ id: null, state: 'saved' });
    expect(requestStatus(saved, 'offline')).toEqual({ key: 'status.saved', tone: 'waiting' });
    expect(requestStatus(saved, 'online')).toEqual({ key: 'status.sending', tone: 'progress' });
    // Delivered, the hub's view not back yet.
    expect(requestStatus(request({ state: 'saved' }), 'offline').key).toBe('status.new');
  });

  it('does not promise the network will send it when the hub turned the computer away', () => {
    const saved = request({ id: null, state: 'saved' });
    expect(requestStatus(saved, 'refused')).toEqual({ key: 'status.withdrawn', tone: 'problem' });
    expect(requestStatus(saved, 'outdated')).toEqual({ key: 'status.outdated', tone: 'problem' });
  });

  it('says the hub is busy while it asks the computer to wait, and only while connected', () => {
    const held = request({ id: null, state: 'saved', hubBusy: true });
    expect(requestStatus(held, 'online')).toEqual({ key: 'status.busy', tone: 'waiting' });
    expect(requestStatus(held, 'offline').key).toBe('status.saved');
    expect(requestStatus(held, 'refused').key).toBe('status.withdrawn');
  });

  it('follows the hub states', () => {
    expect(requestStatus(request({ state: 'claimed' }), 'online').key).toBe('status.claimed');
    expect(requestStatus(request({ state: 'resolved' }), 'online').key).toBe('status.resolved');
    expect(requestStatus(request({ state: 'closed' }), 'online').tone).toBe('good');
    expect(requestStatus(request({ state: 'refused' }), 'online').tone).toBe('problem');
  });

  it('offers replies and feedback only on delivered, open requests', () => {
    expect(isActive(request({ id: null, state: 'saved' }))).toBe(false);
    expect(isActive(request({ state: 'closed' }))).toBe(false);
    expect(isActive(request({ state: 'claimed' }))).toBe(true);
    expect(helperInvolved(request({ state: 'new' }))).toBe(false);
    expect(helperInvolved(request({ state: 'resolved' }))).toBe(true);
  });
});
