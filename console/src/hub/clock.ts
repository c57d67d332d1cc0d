/** Time source, injectable so tests can move time. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that never gives the same instant twice. Timelines are read in time order; two events
 * recorded in one millisecond (a request and its first claim, a state change and its note) would
 * otherwise tie. Share one instance between everything that stamps events.
 */
export function monotonicClock(clock: Clock): Clock {
  let last = 0;
  return {
    now: () => {
      last = Math.max(clock.now().getTime(), last + 1);
      return new Date(last);
    },
  };
}
