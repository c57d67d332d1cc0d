// Entry point of the image worker thread: runs one job per message and answers it. Plain Node, no
// Electron, so the tray (bundled as image-thread.cjs), the headless agent (image-thread.mjs) and
// the tests (this file) run the same code.
import { parentPort } from 'node:worker_threads';
import { describeFailure, runImageJob, type ImageJob, type JobReply } from './image-job.ts';

const port = parentPort;
if (!port) throw new Error('image-thread is a worker thread entry point, not a module to import');

port.on('message', (job: ImageJob) => {
  let reply: JobReply;
  try {
    reply = { ok: true, image: runImageJob(job) };
  } catch (error) {
    reply = { ok: false, failure: describeFailure(error) };
  }
  // Copied, not transferred: a JPEG of a few hundred KB copies in well under a millisecond, and
  // its bytes may be a view into a shared pool that must not be handed over.
  port.postMessage(reply);
});
