/** How often a service started by an npm script checks that npm is still there, in ms. */
const PARENT_CHECK_MS = 1_000;

/**
 * Keeps a started service running until SIGINT/SIGTERM, then closes it once and lets Node exit.
 * The handlers are installed when this is called (synchronously): call it before printing that the
 * service is ready, since without a handler a signal ends the process on the spot.
 *
 * Under an npm script (`npm start`, `npm run hub`), npm passes a SIGTERM sent to it alone to the
 * shell it ran the script in, which ends without passing it on: the service would keep running,
 * and its port, with nobody to stop it. So it also stops when its parent is gone (it was adopted).
 */
export function runUntilSignal(service: { close(): Promise<void> }): Promise<void> {
  return new Promise((resolve) => {
    const parent = process.ppid;
    const orphanCheck = process.env.npm_lifecycle_event
      ? setInterval(() => {
          if (process.ppid !== parent) stop();
        }, PARENT_CHECK_MS)
      : undefined;
    // Waiting for the parent must not keep a finished service alive.
    orphanCheck?.unref();
    const stop = () => {
      clearInterval(orphanCheck);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      service.close().then(resolve, (error: unknown) => {
        process.stderr.write(`shutdown failed: ${String(error)}\n`);
        process.exitCode = 1;
        resolve();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
