// The agent's side of the live view: samples the computer every LIVE_SAMPLE_INTERVAL_MS while the
// hub says someone watches, and not at all otherwise (no timer, no source, nothing read).
import type { Logger } from 'pino';
import { LIVE_SAMPLE_INTERVAL_MS, type LiveSample, type LiveViewer } from '@handraise/shared';
import type { LiveSource } from './live-source.ts';

/**
 * The first sample follows the first reading after this long: rates need two readings, and a
 * viewer should see figures well within the interval.
 */
export const FIRST_SAMPLE_AFTER_MS = 1_000;

export type LiveStreamOptions = {
  /** A fresh source for each stretch of watching (its rates start from its first reading). */
  source: () => LiveSource;
  /** Delivers one sample; the hub's answer, or null when it did not arrive. */
  send: (sample: LiveSample) => Promise<{ watched: boolean } | null>;
  /** Who watches now, whenever that changes (the tray names them). */
  onViewers?: (viewers: LiveViewer[]) => void;
  logger: Logger;
  intervalMs?: number;
  firstSampleAfterMs?: number;
};

export type LiveStream = ReturnType<typeof createLiveStream>;

export function createLiveStream(options: LiveStreamOptions) {
  const intervalMs = options.intervalMs ?? LIVE_SAMPLE_INTERVAL_MS;
  let source: LiveSource | null = null;
  let timer: NodeJS.Timeout | undefined;
  let viewers: LiveViewer[] = [];

  function stop(reason: string): void {
    if (!source) return;
    clearTimeout(timer);
    source = null;
    options.logger.info({ reason }, 'live figures stopped');
  }

  async function tick(current: LiveSource): Promise<void> {
    const startedAt = Date.now();
    let answer: { watched: boolean } | null = null;
    try {
      answer = await options.send(current.sample());
    } catch (error) {
      options.logger.warn({ err: error }, 'a live sample failed');
    }
    // Stopped, or stopped and started again, while the sample was on its way.
    if (source !== current) return;
    if (answer && !answer.watched) return void setViewers([], 'the hub says nobody watches');
    // Every interval from the last start, however long the hub took to answer.
    const wait = Math.max(0, intervalMs - (Date.now() - startedAt));
    timer = setTimeout(() => void tick(current), wait);
  }

  function start(): void {
    const current = options.source();
    source = current;
    current.sample();
    options.logger.info({ viewers: viewers.length }, 'live figures started');
    timer = setTimeout(
      () => void tick(current),
      options.firstSampleAfterMs ?? FIRST_SAMPLE_AFTER_MS,
    );
  }

  function setViewers(list: LiveViewer[], reason = 'nobody watches'): void {
    viewers = list;
    options.onViewers?.(list);
    if (list.length > 0 && !source) start();
    else if (list.length === 0) stop(reason);
  }

  return {
    /** The hub's list of who watches: sampling runs while it is not empty. */
    setViewers: (list: LiveViewer[]) => setViewers(list),
    /** The connection dropped: nobody can watch through it; the hub says again after reconnecting. */
    disconnected: () => setViewers([], 'disconnected'),
    viewers: () => viewers,
    isRunning: () => source !== null,
    close: () => stop('closing'),
  };
}
