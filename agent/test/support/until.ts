// Test support: a bounded poll, for what no event announces (another process's files, the hub's
// view of a device).

/** How often a condition is looked at, in ms. */
export const POLL_MS = 50;

/** Resolves once `condition` holds; rejects, naming `what`, after `limitMs`. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  limitMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
