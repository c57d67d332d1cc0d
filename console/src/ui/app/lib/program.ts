// The Tech Advisor program's page: the periods people pick from, and how its figures read.
import { formatDuration } from './format.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export type PeriodChoice = 'term' | 'month' | 'week';

/** The periods offered, each up to now; a term (about 90 days) is what the hub counts unasked. */
export const PERIOD_CHOICES: readonly { id: PeriodChoice; label: string; days: number }[] = [
  { id: 'term', label: 'This term', days: 90 },
  { id: 'month', label: '30 days', days: 30 },
  { id: 'week', label: '7 days', days: 7 },
];

/** `?from=` for a period ending now (the hub's `to` is now when left out). */
export function periodQuery(choice: PeriodChoice, now: number): string {
  const days = PERIOD_CHOICES.find((c) => c.id === choice)?.days ?? 90;
  return `?from=${encodeURIComponent(new Date(now - days * DAY_MS).toISOString())}`;
}

/** A median in seconds as people say it, or a dash when there was nothing to measure. */
export function formatMedian(seconds: number | null): string {
  return seconds === null ? '—' : formatDuration(seconds * 1000);
}
