/** Retry delays: the first after `delayMs`, each next one doubled up to `maxDelayMs`. */
export type BackoffOptions = {
  delayMs: number;
  maxDelayMs: number;
  /** Each delay is randomized by ± this fraction, so that many agents do not retry in step. */
  jitter: number;
};

/** Delays for retrying something the other side refused for now; reset once it succeeds. */
export function createBackoff(options: BackoffOptions, random: () => number = Math.random) {
  let attempt = 0;
  return {
    /** The delay before the next retry, in ms. */
    next(): number {
      const base = Math.min(options.maxDelayMs, options.delayMs * 2 ** attempt);
      attempt += 1;
      return Math.round(base * (1 + options.jitter * (2 * random() - 1)));
    },
    reset(): void {
      attempt = 0;
    },
  };
}
