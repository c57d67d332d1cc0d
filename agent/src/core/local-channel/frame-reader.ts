// The local channel's framing: one JSON value per line. A line longer than the cap is refused
// before it is held in memory whole, so a client cannot make the service buffer without end.
import { MAX_SCREENSHOT_BYTES } from '@handraise/shared';

/**
 * Longest frame, in bytes: a request carrying the largest screenshot the help desk takes, in
 * base64 (4 bytes per 3), plus room for its words and the envelope.
 */
export const MAX_FRAME_BYTES = Math.ceil(MAX_SCREENSHOT_BYTES / 3) * 4 + 64 * 1024;

export class FrameError extends Error {
  readonly code: 'frame-too-large' | 'bad-frame';
  constructor(code: 'frame-too-large' | 'bad-frame', message: string) {
    super(message);
    this.name = 'FrameError';
    this.code = code;
  }
}

/** One line of JSON, ready to write. */
export function encodeFrame(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/**
 * Splits incoming chunks into parsed frames. `onFrame` gets each value; the first framing
 * problem throws a FrameError (the caller closes that connection) and nothing after it is read.
 */
export function createFrameReader(
  onFrame: (value: unknown) => void,
  /** A number, or asked afresh at each chunk (a connection may send more once it is proven). */
  limit: number | (() => number) = MAX_FRAME_BYTES,
) {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  return {
    push(chunk: Buffer): void {
      const maxBytes = typeof limit === 'number' ? limit : limit();
      let start = 0;
      for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, end);
        if (pendingBytes + piece.length > maxBytes) throw tooLarge(maxBytes);
        const line = Buffer.concat([...pending, piece]).toString('utf8');
        pending = [];
        pendingBytes = 0;
        start = end + 1;
        if (line.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          throw new FrameError('bad-frame', 'a frame is not JSON');
        }
        onFrame(value);
      }
      const rest = chunk.subarray(start);
      if (pendingBytes + rest.length > maxBytes) throw tooLarge(maxBytes);
      if (rest.length > 0) {
        pending.push(rest);
        pendingBytes += rest.length;
      }
    },
  };
}

const tooLarge = (maxBytes: number) =>
  new FrameError('frame-too-large', `a frame is longer than ${maxBytes} bytes`);
