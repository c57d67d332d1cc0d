import type { ErrorCode } from '@handraise/shared';

/** What a refused account change means, in the coordinator's words. */
export function accountErrorMessage(error: ErrorCode): string {
  switch (error) {
    case 'invalid-state':
      return 'Handraise needs at least one active IT coordinator. Make someone else a coordinator first.';
    case 'not-found':
      return 'This account no longer exists.';
    case 'forbidden':
      return 'Only an IT coordinator can change accounts.';
    case 'invalid-payload':
      return 'Use a name, and at least 8 characters for a password.';
    default:
      return 'The change was not saved. Try again.';
  }
}
