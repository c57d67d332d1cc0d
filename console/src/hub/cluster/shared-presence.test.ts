import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPresence } from '../presence.ts';
import { PRESENCE_EXPIRY_MS, sharePresence, type HubLink } from './shared-presence.ts';

/** Hubs wired to each other in memory: what one sends, every other hears. */
function hubs(count: number) {
  const listeners: Map<string, (...args: never[]) => void>[] = [];
  return Array.from({ length: count }, (_, index) => {
    const mine = new Map<string, (...args: never[]) => void>();
    listeners.push(mine);
    const link: HubLink = {
      hubId: `hub-${index}`,
      send: (event, ...args) =>
        listeners.forEach((other, at) => {
          if (at !== index)
            (other.get(event) as ((...a: unknown[]) => void) | undefined)?.(...args);
        }),
      hear: (event, listener) => mine.set(event, listener),
    };
    return sharePresence('device', createPresence(), link);
  });
}

afterEach(() => vi.useRealTimers());

describe('sharePresence', () => {
  it('answers for ids connected to another hub, and forgets a hub that stops repeating', () => {
    vi.useFakeTimers();
    const [a, b] = hubs(2);
    expect(a!.presence.add('pc-1')).toBe(true);
    expect(b!.presence.isOnline('pc-1')).toBe(true);
    // A second socket of the same computer says nothing new; the last one leaving does.
    a!.presence.add('pc-1');
    a!.presence.remove('pc-1');
    expect(b!.presence.isOnline('pc-1')).toBe(true);
    a!.presence.remove('pc-1');
    expect(b!.presence.isOnline('pc-1')).toBe(false);

    a!.presence.add('pc-2');
    vi.advanceTimersByTime(PRESENCE_EXPIRY_MS - 1_000);
    a!.beat();
    vi.advanceTimersByTime(PRESENCE_EXPIRY_MS - 1_000);
    expect(b!.presence.isOnline('pc-2')).toBe(true); // kept alive by the repeat
    vi.advanceTimersByTime(2_000);
    expect(b!.presence.isOnline('pc-2')).toBe(false); // hub A went silent: gone
    expect(a!.presence.isOnline('pc-2')).toBe(true); // A itself still counts it
  });

  it('a repeat replaces what a hub said before (a lost message is made good)', () => {
    const [a, b] = hubs(2);
    a!.presence.add('pc-1');
    a!.beat();
    a!.presence.remove('pc-1');
    a!.presence.add('pc-3');
    a!.beat(); // the whole list again: only pc-3
    expect(b!.presence.isOnline('pc-1')).toBe(false);
    expect(b!.presence.isOnline('pc-3')).toBe(true);
  });
});
