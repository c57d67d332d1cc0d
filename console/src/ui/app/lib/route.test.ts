import { describe, expect, it } from 'vitest';
import { hrefFor, parseParams, parseRoute } from './route.ts';

describe('routes', () => {
  it('reads views and ids from the hash, and anything else as Today', () => {
    expect(parseRoute('')).toEqual({ view: 'today' });
    expect(parseRoute('#/devices')).toEqual({ view: 'devices', deviceId: null });
    expect(parseRoute('#/requests/abc%20d')).toEqual({ view: 'requests', requestId: 'abc d' });
    expect(parseRoute('#/nowhere/1')).toEqual({ view: 'today' });
    expect(parseRoute('#/tasks')).toEqual({ view: 'tasks' });
    expect(parseRoute('#/software')).toEqual({ view: 'software', titleKey: null });
    expect(parseRoute('#/hardware')).toEqual({ view: 'hardware' });
  });

  it('writes hrefs that read back as the same route', () => {
    expect(parseRoute(hrefFor('devices', 'a/b'))).toEqual({ view: 'devices', deviceId: 'a/b' });
    expect(hrefFor('settings')).toBe('#/settings');
    // Title keys carry a prefix after a colon (os:windows-10).
    expect(parseRoute(hrefFor('software', 'os:windows-10'))).toEqual({
      view: 'software',
      titleKey: 'os:windows-10',
    });
  });
});

describe('route parameters', () => {
  it('keeps filters after ? apart from the path, in a stable order', () => {
    expect(parseRoute('#/devices/d1?status=offline')).toEqual({ view: 'devices', deviceId: 'd1' });
    expect(parseParams('#/devices?status=offline&q=art%20room&empty=')).toEqual({
      status: 'offline',
      q: 'art room',
    });
    expect(hrefFor('devices', null, { status: 'offline', needs: 'updates' })).toBe(
      '#/devices?needs=updates&status=offline',
    );
    expect(hrefFor('requests', 'r 1', { q: '' })).toBe('#/requests/r%201');
    expect(parseRoute('#/rooms/Room%2012')).toEqual({ view: 'rooms', room: 'Room 12' });
  });
});
