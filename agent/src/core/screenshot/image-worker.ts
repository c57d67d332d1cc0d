// The tray's image work off its main thread: decoding, blurring and JPEG encoding a 1080p screen
// blocks for about half a second, and in Electron's main process that freezes the tray and the
// help window. One worker thread, started when needed, does it while the event loop stays free.
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { reviveFailure, type ImageJob, type JobReply } from './image-job.ts';
import type { Rect } from './rect.ts';
import type { Screenshot } from './screenshot.ts';
import { ScreenshotError } from './screenshot-error.ts';

/**
 * How long an idle worker is kept, in ms: a student drags several blur boxes within seconds, and
 * each fresh thread first spends a few hundred ms loading the decoders; past that the tray, idle
 * all day on every computer, gives the thread's memory back.
 */
export const IMAGE_WORKER_IDLE_MS = 10_000;

/**
 * Longest a job may take, in ms. A 1080p blur takes ~0.5 s; a 25 MP wall of three 4K screens took
 * 18 s (blur) to 37 s (re-encode) on a two-core machine busy with other work. Two minutes covers
 * that with room to spare and still ends a worker that is stuck.
 */
export const IMAGE_JOB_TIMEOUT_MS = 120_000;

/**
 * Heap bound of the worker, in MiB. Pixels live in buffers outside this heap; it bounds the
 * decoders' bookkeeping, so a runaway ends the worker (an error to the caller), not the tray.
 */
const WORKER_HEAP_LIMIT_MB = 512;

/**
 * The worker's entry file: beside this module and in its form, `image-thread.ts` in the sources,
 * `image-thread.cjs` beside the tray's main bundle, `image-thread.mjs` beside the headless
 * agent's chunk (both bundles build it there: agent/tools/build-tray-main.ts, build-agent-cli.ts).
 */
export function imageThreadFile(): string {
  return join(import.meta.dirname, `image-thread${extname(import.meta.filename)}`);
}

export type ImageWorkerOptions = {
  idleMs?: number;
  timeoutMs?: number;
  /** The worker's entry file; tests point it at a misbehaving one. */
  threadFile?: string;
};

type Pending = {
  resolve(image: Screenshot): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
};

/** Runs image jobs one at a time in one worker thread, started on demand. */
export function createImageWorker(options: ImageWorkerOptions = {}) {
  const idleMs = options.idleMs ?? IMAGE_WORKER_IDLE_MS;
  const timeoutMs = options.timeoutMs ?? IMAGE_JOB_TIMEOUT_MS;
  const threadFile = options.threadFile ?? imageThreadFile();
  let thread: Worker | null = null;
  let pending: Pending | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  // Jobs wait for the one before them: one worker, one job at a time.
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const stopIdleTimer = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
  };

  /** Ends `worker` for good; a job it still runs is rejected with `error`. */
  function end(worker: Worker, error?: Error): void {
    if (thread !== worker) return;
    thread = null;
    stopIdleTimer();
    if (error) settle(error);
    void worker.terminate();
  }

  function settle(outcome: Error | Screenshot): void {
    const job = pending;
    if (!job) return;
    pending = null;
    clearTimeout(job.timer);
    if (outcome instanceof Error) job.reject(outcome);
    else job.resolve(outcome);
    if (!thread) return;
    // Idle: it must not keep a finished command alive, and it ends if nothing follows soon.
    thread.unref();
    const idle = thread;
    idleTimer = setTimeout(() => end(idle), idleMs).unref();
  }

  function start(): Worker {
    const worker = new Worker(threadFile, {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB },
    });
    // Every failure of the thread lands here, never as an unhandled 'error' in the tray.
    worker.on('message', (reply: JobReply) => {
      if (thread === worker) settle(reply.ok ? reply.image : reviveFailure(reply.failure));
    });
    worker.on('error', (error: unknown) =>
      end(
        worker,
        new ScreenshotError('worker-failed', `the image worker failed: ${messageOf(error)}`, {
          cause: error,
        }),
      ),
    );
    worker.on('exit', (code) =>
      end(
        worker,
        new ScreenshotError('worker-failed', `the image worker stopped (exit code ${code})`),
      ),
    );
    return worker;
  }

  function runNow(job: ImageJob): Promise<Screenshot> {
    if (closed) {
      return Promise.reject(new ScreenshotError('worker-failed', 'the image worker is closed'));
    }
    stopIdleTimer();
    return new Promise<Screenshot>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = thread ?? start();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        reject(
          new ScreenshotError('worker-failed', `the image worker could not start: ${message}`),
        );
        return;
      }
      thread = worker;
      // Busy: a command waiting for its picture must not exit under it.
      worker.ref();
      const timer = setTimeout(
        () =>
          end(
            worker,
            new ScreenshotError('timed-out', `the image work took longer than ${timeoutMs} ms`),
          ),
        timeoutMs,
      );
      pending = { resolve, reject, timer };
      worker.postMessage(job);
    });
  }

  function run(job: ImageJob): Promise<Screenshot> {
    const result = queue.then(() => runNow(job));
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    /** The capture re-encoded as the shareable JPEG (see toShareableJpeg). */
    shareable: (image: Screenshot) => run({ kind: 'shareable', image }),

    /** `image` with each of `rects` obscured for good, as a shareable JPEG (see blurRegion). */
    blur: (image: Screenshot, rects: readonly Rect[]) => run({ kind: 'blur', image, rects }),

    /** Whether a worker thread is up (running a job, or idle for a little while). */
    isRunning: (): boolean => thread !== null,

    /** Ends the worker (a job still running is rejected); later jobs are refused. */
    close(): void {
      closed = true;
      if (thread) end(thread, new ScreenshotError('worker-failed', 'the image worker was closed'));
    },
  };
}

export type ImageWorker = ReturnType<typeof createImageWorker>;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
