// The period the program's figures cover, from a read's `?from=&to=`.
import type { ProgramPeriod, ProgramPeriodQuery } from '@handraise/shared';
import type { Window } from './advisor-figures.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Left out, a period is this school term, roughly: a term is about thirteen weeks. */
export const DEFAULT_PERIOD_DAYS = 90;
/**
 * The longest period one read may cover: a school year and a little more. Finished requests are
 * kept a year by default (retention), so a longer one would count nothing more, only cost more.
 */
export const MAX_PERIOD_DAYS = 400;

/**
 * The window a read asks for: `to` defaults to now, `from` to 90 days before `to`. Null when it
 * is not one: `from` not before `to`, or longer than MAX_PERIOD_DAYS.
 */
export function resolvePeriod(
  query: ProgramPeriodQuery,
  now: Date,
): { window: Window; period: ProgramPeriod } | null {
  const to = query.to ? Date.parse(query.to) : now.getTime();
  const from = query.from ? Date.parse(query.from) : to - DEFAULT_PERIOD_DAYS * DAY_MS;
  if (!(from < to) || to - from > MAX_PERIOD_DAYS * DAY_MS) return null;
  return {
    window: { from, to },
    period: { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
  };
}
