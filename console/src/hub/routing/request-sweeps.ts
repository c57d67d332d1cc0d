// The timers that move requests on by themselves: unclaimed ones escalate, resolved ones close;
// and timetables put advisors on and off duty. One sweep does all three, on the hub's clock, so a test that moves the clock sees both act.
import type { Logger } from 'pino';
import { closeResolved, type AutoCloseDeps } from './auto-close.ts';
import { escalateUnclaimed, type EscalationDeps } from './auto-escalation.ts';
import type { DutyRoster } from './duty-roster.ts';

/** How often requests are looked at: a fraction of the shortest wait (1 minute). */
export const REQUEST_SWEEP_MS = 15_000;

export type RequestSweepDeps = EscalationDeps &
  AutoCloseDeps & { roster: Pick<DutyRoster, 'publishIfChanged'>; logger: Logger };

/** Sweeps every `everyMs` until stopped; a failed sweep is logged, and the next one runs. */
export function scheduleRequestSweeps(
  deps: RequestSweepDeps,
  everyMs = REQUEST_SWEEP_MS,
): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const sweep = async () => {
    try {
      // A timetable period that began or ended since the last sweep changes who is on duty.
      await deps.roster.publishIfChanged();
      await escalateUnclaimed(deps);
      const closed = await closeResolved(deps);
      if (closed.length > 0) deps.logger.info({ closed }, 'resolved requests closed');
    } catch (error) {
      deps.logger.error({ err: error }, 'request sweep failed');
    }
    if (stopped) return;
    timer = setTimeout(() => void sweep(), everyMs);
    // A pending sweep must not keep a hub that is shutting down alive.
    timer.unref();
  };
  timer = setTimeout(() => void sweep(), everyMs);
  timer.unref();
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
