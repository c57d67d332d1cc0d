/** Why a screenshot could not be taken or prepared; callers may branch on it. */
export type ScreenshotFailure =
  | 'no-display'
  | 'tool-missing'
  | 'permission-denied'
  | 'unsupported-platform'
  | 'capture-failed'
  | 'unreadable-image'
  | 'too-large'
  /** The image worker thread crashed, stopped or could not be started. */
  | 'worker-failed'
  /** The image worker took longer than its time limit and was ended. */
  | 'timed-out';

/** Rejection of capture and encoding, with a message meant for logs and the person asking. */
export class ScreenshotError extends Error {
  readonly reason: ScreenshotFailure;
  constructor(reason: ScreenshotFailure, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ScreenshotError';
    this.reason = reason;
  }
}

/** A screenshot file given on the command line is missing, too large or not an image. */
export class ScreenshotFileError extends Error {}
