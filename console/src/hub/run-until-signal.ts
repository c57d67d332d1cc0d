/**
 * Keeps a started service running until SIGINT/SIGTERM, then closes it once and lets Node exit.
 * The handlers are installed when this is called (synchronously): call it before printing that the
 * service is ready, since without a handler a signal ends the process on the spot.
 */
export function runUntilSignal(service: { close(): Promise<void> }): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
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
