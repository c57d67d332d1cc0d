import { describe, expect, it } from 'vitest';
import type { HelpRequest } from '@handraise/shared';
import { requestNotification, shouldNotify } from './desktop-notifications.ts';

const page = (visibilityState: DocumentVisibilityState, focused: boolean) => ({
  visibilityState,
  hasFocus: () => focused,
});

describe('desktop notifications', () => {
  it('notifies only when nobody is looking at the console', () => {
    expect(shouldNotify(page('visible', true))).toBe(false);
    expect(shouldNotify(page('visible', false))).toBe(true);
    expect(shouldNotify(page('hidden', false))).toBe(true);
    expect(shouldNotify(page('hidden', true))).toBe(true);
  });

  it('names the device and the category', () => {
    const request = { id: 'r1', deviceName: 'lab-pc-07', category: 'printer' } as HelpRequest;
    expect(requestNotification(request)).toEqual({
      title: 'New request from lab-pc-07',
      options: { body: 'Printer', tag: 'request-r1' },
    });
  });
});
