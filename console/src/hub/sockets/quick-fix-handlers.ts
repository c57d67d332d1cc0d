import { fail, ok, QUICK_FIX_ASK_RATE_LIMIT, QUICK_FIX_COUNT_WINDOW_MS } from '@handraise/shared';
import type { Clock } from '../clock.ts';
import { createRateLimiter, type RateLimit } from '../rate-limiter.ts';
import { fixMatches, type QuickFixesStore } from '../storage/quick-fixes-store.ts';
import type { AgentHandlers, AgentSocket } from './agent-namespace.ts';

type Limiter = { take(key: string): boolean };

/**
 * How long after a computer was shown a fix its "This fixed it" counts, in ms: long enough to try
 * it (restart, walk to the printer), short enough that a saved count means a recent showing.
 */
export const FIX_TRIAL_MS = 60 * 60_000;

/** Past this many remembered showings, the ones older than FIX_TRIAL_MS are forgotten. */
const PRUNE_SHOWINGS_ABOVE = 50_000;

/** Which fixes each computer was shown, and when: only those can have saved it a request. */
function createShowings(clock: Clock) {
  const shownAt = new Map<string, number>();
  return {
    record(key: string): void {
      const now = clock.now().getTime();
      if (shownAt.size > PRUNE_SHOWINGS_ABOVE)
        for (const [k, at] of shownAt) if (now - at > FIX_TRIAL_MS) shownAt.delete(k);
      shownAt.set(key, now);
    },
    recent(key: string): boolean {
      const at = shownAt.get(key);
      return at !== undefined && clock.now().getTime() - at <= FIX_TRIAL_MS;
    },
  };
}

/** What the tray's quick-fix step needs of the hub: the fixes, and how often each device counts. */
export type QuickFixDesk = {
  fixes: QuickFixesStore;
  /** `help:fixes` per device. */
  asks: Limiter;
  /** One "shown" per device and fix per window. */
  shownOnce: Limiter;
  /** One "This fixed it" per device and fix per window. */
  savedOnce: Limiter;
  /** The fixes each device was shown lately: "This fixed it" counts only for those. */
  showings: ReturnType<typeof createShowings>;
};

/** The desk with the contract's limits, on the hub's clock. */
export function createQuickFixDesk(
  fixes: QuickFixesStore,
  clock: Clock,
  asks: RateLimit = QUICK_FIX_ASK_RATE_LIMIT,
): QuickFixDesk {
  const once: RateLimit = { requests: 1, windowMs: QUICK_FIX_COUNT_WINDOW_MS };
  return {
    fixes,
    asks: createRateLimiter(asks, clock),
    shownOnce: createRateLimiter(once, clock),
    savedOnce: createRateLimiter(once, clock),
    showings: createShowings(clock),
  };
}

/**
 * The tray's step before asking: the fixes for this computer in a category, and "This fixed it".
 * The computer's room and platform are the hub's own record of the device on this socket.
 */
export function quickFixHandlers(
  socket: AgentSocket,
  desk: QuickFixDesk,
): Pick<AgentHandlers, 'help:fixes' | 'help:fix-worked'> {
  const { deviceId } = socket.data;
  const { fixes } = desk;
  const key = (fixId: string) => `${deviceId}:${fixId}`;

  return {
    'help:fixes': async ({ category }) => {
      if (!desk.asks.take(deviceId)) return fail('rate-limited');
      const place = await fixes.placeOf(deviceId);
      if (!place) return fail('not-found');
      const offered = await fixes.matching(category, place);
      for (const fix of offered) desk.showings.record(key(fix.id));
      await fixes.countShown(
        offered.map((fix) => fix.id).filter((id) => desk.shownOnce.take(key(id))),
      );
      return ok(offered.map((fix) => ({ id: fix.id, text: fix.text })));
    },

    'help:fix-worked': async ({ fixId }) => {
      const place = await fixes.placeOf(deviceId);
      const fix = await fixes.get(fixId);
      // A fix this computer could not have been shown does not exist for it, and counts nothing.
      if (!place || !fix || !fixMatches(fix, place)) return fail('not-found');
      // Never shown here lately: it cannot have saved this computer a request.
      if (!desk.showings.recent(key(fixId))) return fail('not-found');
      if (!desk.savedOnce.take(key(fixId))) return fail('rate-limited');
      await fixes.countSaved(fixId);
      return ok({ counted: true as const });
    },
  };
}
