import { describe, expect, it } from 'vitest';
import type { HelpRequest } from '@handraise/shared';
import { offerNotification, requestNotification, shouldNotify } from './desktop-notifications.ts';

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

  it('titles an offer with its number, place and kind, and shows the start of the text', () => {
    const request = {
      id: 'r2',
      number: 42,
      deviceName: 'lab-pc-07',
      room: 'Room 12',
      site: null,
      category: 'printer',
      text: 'The printer prints blank pages',
    } as HelpRequest;
    expect(offerNotification(request)).toEqual({
      title: 'New request #42 · Room 12 · Printer',
      options: { body: 'The printer prints blank pages', tag: 'request-r2' },
    });
    expect(offerNotification({ ...request, text: '' }).options.body).toBe(
      'No description, just the category.',
    );
  });
});
