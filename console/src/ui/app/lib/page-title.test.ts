import { describe, expect, it } from 'vitest';
import { documentTitle, pageName, placeKey, routeItemName } from './page-title.ts';

const known = {
  deviceName: (id: string) => (id === 'd1' ? 'art-room-pc-3' : undefined),
  requestNumber: (id: string) => (id === 'r1' ? 42 : undefined),
};

describe('page titles', () => {
  it('names the view and the item opened in it', () => {
    const device = routeItemName({ view: 'devices', deviceId: 'd1' }, known);
    expect(documentTitle(pageName({ view: 'devices', deviceId: 'd1' }, device), 0)).toBe(
      'art-room-pc-3 · Devices · Handraise',
    );
    const request = routeItemName({ view: 'requests', requestId: 'r1' }, known);
    expect(documentTitle(pageName({ view: 'requests', requestId: 'r1' }, request), 0)).toBe(
      'Request 42 · Handraise',
    );
    expect(documentTitle(pageName({ view: 'tasks' }, null), 0)).toBe('Tasks · Handraise');
  });

  it('puts the count of waiting requests first', () => {
    expect(documentTitle('Today', 3)).toBe('(3) Today · Handraise');
  });

  it('names no item the console does not know yet', () => {
    expect(routeItemName({ view: 'devices', deviceId: 'gone' }, known)).toBeNull();
    expect(routeItemName({ view: 'devices', deviceId: null }, known)).toBeNull();
  });

  it('keeps one place per view and item, whatever the filters', () => {
    expect(placeKey({ view: 'software', titleKey: null })).toBe('software/');
    expect(placeKey({ view: 'software', titleKey: 'chrome' })).toBe('software/chrome');
    expect(placeKey({ view: 'people' })).toBe('people');
  });
});
