/** Error codes that may cross the wire. Exception text never does. */
export const ERROR_CODES = [
  'invalid-payload',
  'unauthorized',
  'forbidden',
  'not-found',
  'rate-limited',
  'too-large',
  'unsupported-screenshot',
  /** The screenshot's pixel size is past MAX_SCREENSHOT_SIDE_PX or MAX_SCREENSHOT_PIXELS. */
  'screenshot-too-large',
  'invalid-token',
  'protocol-unsupported',
  /** The coordinator retired this computer: its agent is turned away for good. */
  'device-retired',
  /** The coordinator revoked this computer's trust (a lost laptop, a leaked secret): refused for good. */
  'device-revoked',
  'already-set-up',
  'invalid-state',
  /** Another record already holds it (two computers of one room on one seat). */
  'conflict',
  'unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Envelope of every acknowledgement and HTTP body: data on success, a code on failure. */
export type Ack<T> =
  | { ok: true; data: T }
  /** `message`: what a person must fix, when there is more to say than the code (an import's bad rows). */
  | { ok: false; error: ErrorCode; message?: string };

/** Callback a handler answers through; socket.io passes it as the last argument. */
export type AckCallback<T> = (response: Ack<T>) => void;

export function ok<T>(data: T): Ack<T> {
  return { ok: true, data };
}

export function fail(error: ErrorCode): { ok: false; error: ErrorCode } {
  return { ok: false, error };
}
