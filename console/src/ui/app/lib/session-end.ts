import type { SessionEndReason } from '@handraise/shared';

/**
 * Why the console left a session: the person signed out here (`by-me`), the hub refused the
 * token without saying why (`refused`: a 401, a refused socket), or the hub ended it and said why.
 */
export type SignedOutBecause = 'by-me' | 'refused' | SessionEndReason;

const NOTICES: Record<Exclude<SignedOutBecause, 'by-me'>, string> = {
  refused: 'Your session has ended. Please sign in again.',
  'signed-out': 'This session was signed out in another window. Please sign in again.',
  expired: 'Your session has expired. Please sign in again.',
  'password-changed':
    'Your password was changed, so you were signed out. Sign in with the new one.',
  'role-changed': 'Your role was changed, so you were signed out. Sign in again to continue.',
  disabled: 'Your account has been disabled. Ask your IT coordinator if you need it again.',
  deleted: 'Your account has been deleted.',
};

/** The sentence the sign-in screen shows after a session ended; none after signing out here. */
export function sessionEndNotice(reason: SignedOutBecause): string | null {
  return reason === 'by-me' ? null : NOTICES[reason];
}
