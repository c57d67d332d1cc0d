import { describe, expect, it } from 'vitest';
import type { HelpRequest } from '@handraise/shared';
import {
  addOffer,
  offersStillOpen,
  offerTitle,
  settleOffers,
  stillOffered,
  textStart,
} from './offers.ts';

function request(id: string, overrides: Partial<HelpRequest> = {}): HelpRequest {
  return {
    id,
    number: 42,
    deviceId: 'd',
    deviceName: 'lab-pc-07',
    site: 'North',
    room: 'Room 12',
    seat: null,
    category: 'printer',
    text: 'The printer prints blank pages',
    requester: null,
    urgent: false,
    state: 'new',
    createdAt: '2026-03-10T09:00:00.000Z',
    updatedAt: '2026-03-10T09:00:00.000Z',
    screenshot: null,
    assigneeId: null,
    incidentId: null,
    ...overrides,
  };
}

describe('offers', () => {
  it('lasts while the request waits for someone', () => {
    expect(stillOffered(request('a'))).toBe(true);
    expect(stillOffered(request('a', { state: 'claimed', assigneeId: 'u1' }))).toBe(false);
    // Handed to someone by the coordinator, or escalated: no longer anyone's to claim.
    expect(stillOffered(request('a', { assigneeId: 'u1' }))).toBe(false);
    expect(stillOffered(request('a', { state: 'escalated' }))).toBe(false);
  });

  it('keeps each request once, newest first, as last sent', () => {
    const a = request('a');
    const b = request('b');
    const offers = addOffer(addOffer([], a), b);
    expect(offers.map((o) => o.id)).toEqual(['b', 'a']);
    const again = addOffer(offers, { ...a, text: 'Still blank' });
    expect(again.map((o) => [o.id, o.text])).toEqual([
      ['a', 'Still blank'],
      ['b', 'The printer prints blank pages'],
    ]);
    // An offer that arrives after someone already took it is no offer.
    expect(addOffer([], request('c', { state: 'claimed', assigneeId: 'u1' }))).toEqual([]);
  });

  it('goes once anyone claims it; other changes keep it, and unrelated ones leave the list alone', () => {
    const offers = [request('a'), request('b')];
    expect(settleOffers(offers, request('a', { state: 'claimed', assigneeId: 'u2' }))).toEqual([
      request('b'),
    ]);
    const edited = settleOffers(offers, request('a', { updatedAt: '2026-03-10T09:05:00.000Z' }));
    expect(edited.map((o) => o.updatedAt)).toEqual([
      '2026-03-10T09:05:00.000Z',
      '2026-03-10T09:00:00.000Z',
    ]);
    expect(settleOffers(offers, request('z', { state: 'claimed' }))).toBe(offers);
  });

  it('after a reconnect keeps only what the fresh list still shows waiting', () => {
    const offers = [request('a'), request('b'), request('c')];
    const fresh = [request('a'), request('b', { state: 'claimed', assigneeId: 'u2' })];
    expect(offersStillOpen(offers, fresh).map((o) => o.id)).toEqual(['a']);
    // Nothing changed: the same list, so nothing is drawn again.
    expect(offersStillOpen(offers, offers)).toBe(offers);
  });

  it('titles an offer with its number, place and kind', () => {
    expect(offerTitle(request('a'))).toBe('#42 · Room 12 · Printer');
    expect(offerTitle(request('a', { room: null }))).toBe('#42 · North · Printer');
    expect(offerTitle(request('a', { room: null, site: null, category: 'internet' }))).toBe(
      '#42 · lab-pc-07 · Internet',
    );
  });

  it('shows the start of the text, cut at a word', () => {
    expect(textStart('  Paper\n jam  ')).toBe('Paper jam');
    expect(textStart('The projector in room twelve says no signal again, today', 30)).toBe(
      'The projector in room twelve…',
    );
    expect(textStart('https://example.org/a-very-long-address-without-spaces', 20)).toBe(
      'https://example.org/…',
    );
    expect(textStart('')).toBe('');
  });
});
