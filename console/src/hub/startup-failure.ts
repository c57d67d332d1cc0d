// What a person reads when the hub cannot start: one sentence that says what to change, never a
// stack trace (the details of an unexpected failure still go to the log).
import { ConfigError } from './config.ts';

type SystemError = Error & { code?: string; port?: number; address?: string };

const isSystemError = (error: unknown): error is SystemError =>
  error instanceof Error && typeof (error as SystemError).code === 'string';

/** The sentence for a failed start: bad settings, a port in use or refused, an unknown address. */
export function startupFailureMessage(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if (isSystemError(error)) {
    const port = error.port === undefined ? 'The port' : `Port ${error.port}`;
    if (error.code === 'EADDRINUSE') {
      return `${port} is in use by another program. Set HANDRAISE_PORT (or --port) to another port.`;
    }
    if (error.code === 'EACCES' && error.port !== undefined) {
      return `${port} is reserved for administrators on this computer. Set HANDRAISE_PORT (or --port) to a port above 1023.`;
    }
    if (error.code === 'EADDRNOTAVAIL') {
      return `${error.address ?? 'That address'} is not an address of this computer. Set HANDRAISE_HOST (or --host) to one of its addresses, or 0.0.0.0 for all.`;
    }
  }
  return error instanceof Error ? error.message : String(error);
}
