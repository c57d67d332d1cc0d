// Test support: an image worker entry that misbehaves on request, to check that the tray survives
// a worker that throws, exits or hangs. The first blur rectangle's width says what to do. It
// loads no decoder, so it starts in milliseconds even on a busy machine.
import { parentPort } from 'node:worker_threads';
import type { ImageJob, JobReply } from '../image-job.ts';

/** Widths of the first blur rectangle that make this worker misbehave, or answer at once. */
export const FAULT = { throws: 13, exits: 14, hangs: 15, echoes: 16 } as const;

parentPort?.on('message', (job: ImageJob) => {
  const width = job.kind === 'blur' ? job.rects[0]?.width : undefined;
  if (width === FAULT.throws) throw new Error('decoder blew up');
  if (width === FAULT.exits) process.exit(7);
  if (width === FAULT.hangs) return;
  const reply: JobReply = { ok: true, image: job.image };
  parentPort?.postMessage(reply);
});
