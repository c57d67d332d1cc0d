import { z } from 'zod';
import { shortString } from './common.ts';

/** How often an agent sends live figures while someone watches its computer, in ms. */
export const LIVE_SAMPLE_INTERVAL_MS = 2_000;

/** Processes listed per order (by CPU, by memory): enough to spot the one eating the computer. */
export const LIVE_TOP_PROCESSES = 8;

/** Most cores, disks and network interfaces one sample carries; a school server has fewer. */
const MAX_CORES = 512;
const MAX_DISKS = 32;
const MAX_INTERFACES = 32;
const MAX_ADDRESSES = 16;
/** A computer up for longer than this is a figure made up, not read. */
const MAX_UPTIME_S = 50 * 365 * 24 * 3600;

const bytes = z.number().finite().nonnegative();
const percent = z.number().finite().min(0).max(100);
const bytesPerSecond = bytes.nullable();

/** One process as the live view lists it; a process's CPU can pass 100 % when it uses several cores. */
export const liveProcessSchema = z.strictObject({
  name: shortString,
  pid: z.number().int().nonnegative(),
  cpuPercent: z
    .number()
    .finite()
    .min(0)
    .max(100 * MAX_CORES),
  memoryBytes: bytes,
});
export type LiveProcess = z.infer<typeof liveProcessSchema>;

/**
 * What an agent reads of its computer every LIVE_SAMPLE_INTERVAL_MS while someone watches: rates
 * and percentages over the time since its previous sample. A figure the computer cannot give
 * (no battery, no disk counters on this system) is null, and `notes` may say why.
 */
export const liveSampleSchema = z
  .strictObject({
    cpu: z.strictObject({
      totalPercent: percent,
      perCorePercent: z.array(percent).max(MAX_CORES),
    }),
    memory: z.strictObject({ totalBytes: bytes, usedBytes: bytes, availableBytes: bytes }),
    disks: z
      .array(z.strictObject({ mount: shortString, totalBytes: bytes, freeBytes: bytes }))
      .max(MAX_DISKS),
    diskIo: z.strictObject({ readBytesPerSec: bytes, writeBytesPerSec: bytes }).nullable(),
    network: z
      .array(
        z.strictObject({
          name: shortString,
          addresses: z.array(shortString).max(MAX_ADDRESSES),
          receivedBytesPerSec: bytesPerSecond,
          sentBytesPerSec: bytesPerSecond,
        }),
      )
      .max(MAX_INTERFACES),
    battery: z.strictObject({ percent, charging: z.boolean() }).nullable(),
    uptimeSeconds: bytes,
    /** Who is signed in at the computer's screen; null when nobody or unreadable. */
    loggedInUser: shortString.nullable(),
    processes: z.strictObject({
      byCpu: z.array(liveProcessSchema).max(LIVE_TOP_PROCESSES),
      byMemory: z.array(liveProcessSchema).max(LIVE_TOP_PROCESSES),
      /** The agent's own process: what Handraise itself costs the computer. */
      agent: liveProcessSchema.nullable(),
    }),
    notes: z.array(shortString).max(16),
  })
  // Figures a real computer cannot have are refused, not drawn: no part larger than its whole,
  // no process busier than all the processors.
  .refine((s) => s.memory.usedBytes <= s.memory.totalBytes, 'memory used exceeds the total')
  .refine((s) => s.memory.availableBytes <= s.memory.totalBytes, 'memory free exceeds the total')
  .refine((s) => s.disks.every((d) => d.freeBytes <= d.totalBytes), 'disk free exceeds its size')
  .refine((s) => s.uptimeSeconds <= MAX_UPTIME_S, 'uptime is not believable')
  .refine(
    (s) =>
      [
        ...s.processes.byCpu,
        ...s.processes.byMemory,
        ...(s.processes.agent ? [s.processes.agent] : []),
      ].every((p) => p.cpuPercent <= 100 * Math.max(1, s.cpu.perCorePercent.length)),
    'a process is busier than all the processors',
  );
export type LiveSample = z.infer<typeof liveSampleSchema>;

/**
 * `device:live`, pushed to each console watching the computer. `at` is the hub's clock when the
 * sample arrived. For a student advisor the signed-in user is withheld (`userHidden`).
 */
export type LiveFigures = LiveSample & { deviceId: string; at: string; userHidden?: true };

/** Someone watching a computer's live figures, as its own tray names them. */
export const liveViewerSchema = z.strictObject({
  who: shortString,
  as: z.enum(['coordinator', 'student', 'teacher']),
});
export type LiveViewer = z.infer<typeof liveViewerSchema>;

/** `live:viewers` as an agent checks it: the people watching now, each once. */
export const liveViewersSchema = z.array(liveViewerSchema).max(64);

/** `device:watch` answers: whether the computer is connected now (figures follow if it is). */
export type LiveWatchResult = { online: boolean; intervalMs: number };
