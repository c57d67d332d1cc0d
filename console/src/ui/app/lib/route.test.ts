import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from './route.ts';

describe('routes', () => {
  it('reads views and ids from the hash, and anything else as Today', () => {
    expect(parseRoute('')).toEqual({ view: 'today' });
    expect(parseRoute('#/devices')).toEqual({ view: 'devices', deviceId: null });
    expect(parseRoute('#/requests/abc%20d')).toEqual({ view: 'requests', requestId: 'abc d' });
    expect(parseRoute('#/nowhere/1')).toEqual({ view: 'today' });
    expect(parseRoute('#/tasks')).toEqual({ view: 'tasks' });
    expect(parseRoute('#/software')).toEqual({ view: 'software', titleKey: null });
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
