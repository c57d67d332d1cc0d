import type { ErrorCode } from '@handraise/shared';

/** A call the window made cannot be done; only `code` reaches the window. */
export class TrayFailure extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string = code) {
    super(message);
    this.name = 'TrayFailure';
    this.code = code;
  }
}
