// What the sign-in page says when the hub refuses a try: plain sentences a student can act on.

const SECONDS_PER_MINUTE = 60;

/**
 * A wait as people say it: "1 second", "30 seconds", "2 minutes". Minutes are rounded up, so
 * whoever waits as told is not refused again.
 */
export function waitInWords(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < SECONDS_PER_MINUTE) return whole === 1 ? '1 second' : `${whole} seconds`;
  const minutes = Math.ceil(whole / SECONDS_PER_MINUTE);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** The sentence for a refused sign-in: the real wait when the hub said it, else a short one. */
export function tooManyTriesMessage(retryAfterSeconds: number | null): string {
  const wait = retryAfterSeconds === null ? 'a moment' : waitInWords(retryAfterSeconds);
  return `Too many wrong passwords. Wait ${wait}, then try again.`;
}

export const WRONG_PASSWORD_MESSAGE = 'Wrong username or password.';

/** Shown under a wrong password: the way back in for someone who forgot theirs. */
export const FORGOT_PASSWORD_HINT =
  'Forgot your password? Ask your IT coordinator to set a new one.';
