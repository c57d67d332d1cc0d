import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveSample, LiveViewer } from '@handraise/shared';
import { createLiveStream, FIRST_SAMPLE_AFTER_MS } from './live-stream.ts';

const ANA: LiveViewer = { who: 'Ana Ruiz', as: 'student' };

/** A sample of a computer with nothing going on: the stream passes samples on unread. */
const liveSample = (): LiveSample => ({
  cpu: { totalPercent: 0, perCorePercent: [0] },
  memory: { totalBytes: 1, usedBytes: 0, availableBytes: 1 },
  disks: [],
  diskIo: null,
  network: [],
  battery: null,
  uptimeSeconds: 1,
  loggedInUser: null,
  processes: { byCpu: [], byMemory: [], agent: null },
  notes: [],
});

/** A stream over a counting source, with what it sent and what the hub answers. */
function streamUnderTest(answer: () => Promise<{ watched: boolean } | null>) {
  const reads = { sources: 0, samples: 0 };
  const sent: LiveSample[] = [];
  const told: LiveViewer[][] = [];
  const stream = createLiveStream({
    source: () => {
      reads.sources++;
      return {
        sample: () => {
          reads.samples++;
          return liveSample();
        },
      };
    },
    send: async (sample) => {
      sent.push(sample);
      return answer();
    },
    onViewers: (viewers) => told.push(viewers),
    logger: pino({ level: 'silent' }),
  });
  return { stream, reads, sent, told };
}

describe('live stream', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('reads nothing while nobody watches, then samples every 2 s until the last one leaves', async () => {
    const { stream, reads, sent, told } = streamUnderTest(async () => ({ watched: true }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reads).toEqual({ sources: 0, samples: 0 });

    stream.setViewers([ANA]);
    expect(stream.isRunning()).toBe(true);
    // The first reading only sets the start of the rates; a sample goes a second later.
    expect(reads.samples).toBe(1);
    await vi.advanceTimersByTimeAsync(FIRST_SAMPLE_AFTER_MS);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(6_000);
    expect(sent).toHaveLength(4);

    stream.setViewers([]);
    expect(stream.isRunning()).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(4);
    expect(told).toEqual([[ANA], []]);
    expect(reads.sources).toBe(1);
  });

  it('stops when the hub says nobody watches, or the connection drops', async () => {
    let watched = true;
    const { stream, sent, told } = streamUnderTest(async () => ({ watched }));
    stream.setViewers([ANA]);
    await vi.advanceTimersByTimeAsync(FIRST_SAMPLE_AFTER_MS);
    watched = false;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(stream.isRunning()).toBe(false);
    expect(told.at(-1)).toEqual([]);
    const count = sent.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(count);

    watched = true;
    stream.setViewers([ANA]);
    stream.disconnected();
    expect(stream.isRunning()).toBe(false);
    expect(stream.viewers()).toEqual([]);
  });

  it('keeps sampling when a sample is not delivered, and a new stretch starts its own source', async () => {
    let fail = true;
    const { stream, reads, sent } = streamUnderTest(async () => {
      if (fail) throw new Error('ack timeout');
      return { watched: true };
    });
    stream.setViewers([ANA]);
    await vi.advanceTimersByTimeAsync(FIRST_SAMPLE_AFTER_MS + 4_000);
    expect(sent).toHaveLength(3);
    fail = false;
    stream.close();
    stream.setViewers([ANA]);
    expect(reads.sources).toBe(2);
  });
});
