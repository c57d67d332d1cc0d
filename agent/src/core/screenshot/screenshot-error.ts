/** Why a screenshot could not be taken or prepared; callers may branch on it. */
export type ScreenshotFailure =
  | 'no-display'
  | 'tool-missing'
  | 'permission-denied'
  | 'unsupported-platform'
  | 'capture-failed'
  | 'unreadable-image'
  | 'too-large';

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
