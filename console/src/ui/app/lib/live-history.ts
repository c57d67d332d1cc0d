// The last few minutes of a computer's live figures, as the live view's charts draw them.
import type { LiveFigures } from '@handraise/shared';

/** Three minutes of samples at one every 2 s. */
export const LIVE_HISTORY_SAMPLES = 90;

/** One point of the charts: percentages, and rates in bytes per second (null: not measured). */
export type LivePoint = {
  at: number;
  label: string;
  cpu: number;
  memory: number;
  received: number | null;
  sent: number | null;
  read: number | null;
  written: number | null;
};

/** The history with `figures` added at the end, the oldest dropped past `max`. */
export function appendFigures(
  history: readonly LiveFigures[],
  figures: LiveFigures,
  max = LIVE_HISTORY_SAMPLES,
): LiveFigures[] {
  // A sample older than the newest kept one (a reconnection's overlap) is not drawn twice.
  const last = history.at(-1);
  if (last && Date.parse(figures.at) <= Date.parse(last.at)) return [...history];
  return [...history, figures].slice(-max);
}

const sum = (values: (number | null)[]): number | null =>
  values.every((v) => v === null) ? null : values.reduce<number>((all, v) => all + (v ?? 0), 0);

export function toPoint(figures: LiveFigures, timeFormat: Intl.DateTimeFormat): LivePoint {
  const { memory, network, diskIo } = figures;
  return {
    at: Date.parse(figures.at),
    label: timeFormat.format(new Date(figures.at)),
    cpu: round1(figures.cpu.totalPercent),
    memory: memory.totalBytes > 0 ? round1((memory.usedBytes / memory.totalBytes) * 100) : 0,
    received: sum(network.map((n) => n.receivedBytesPerSec)),
    sent: sum(network.map((n) => n.sentBytesPerSec)),
    read: diskIo?.readBytesPerSec ?? null,
    written: diskIo?.writeBytesPerSec ?? null,
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** "3 h 12 min", "2 days 4 h": how long the computer has been up. */
export function formatUptime(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days > 0) return `${days} ${days === 1 ? 'day' : 'days'} ${hours % 24} h`;
  if (hours > 0) return `${hours} h ${minutes % 60} min`;
  return `${minutes} min`;
}

/**
 * Whether the stream has gone quiet: no sample for three intervals since the last one arrived
 * (this computer's clock, not the hub's, which may differ).
 */
export function isStale(lastReceivedAt: number | null, now: number, intervalMs: number): boolean {
  return lastReceivedAt !== null && now - lastReceivedAt > 3 * intervalMs;
}
