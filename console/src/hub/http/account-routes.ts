import type { HttpApp } from './http-app.ts';
import { COORDINATORS_ONLY, callerOf, sessionOf } from './access.ts';
import {
  passwordChangeSchema,
  passwordResetSchema,
  userIdPayloadSchema,
  userUpdateSchema,
  type Account,
} from '@handraise/shared';
import type { SessionRevocation } from '../auth/session-revocation.ts';
import type { AccountsStore } from '../storage/accounts-store.ts';
import type { UsersStore } from '../storage/users-store.ts';
import type { ReleasedWork } from '../storage/work-release.ts';
import { sendData, sendError } from './reply.ts';
import { sendRateLimited } from './retry-after.ts';
import type { SignInGuard } from './sign-in-guard.ts';

export type AccountRouteDeps = {
  users: UsersStore;
  accounts: AccountsStore;
  /** A wrong current password counts as a failed sign-in. */
  guard: SignInGuard;
  revocation: SessionRevocation;
  /** Requests and tasks a disabled or deleted account held, now back in the queue: tell everyone. */
  onWorkReleased: (released: ReleasedWork) => void;
};

/**
 * Changes to existing accounts. Whatever takes access away (a new password, a new role, disabling,
 * deleting) ends the person's sessions, except the one that changed its own password. Disabling
 * and deleting also send the person's open requests back to the queue.
 */
export function registerAccountRoutes(app: HttpApp, deps: AccountRouteDeps): void {
  const { users, accounts, guard, revocation } = deps;

  app.put(
    '/api/me/password',
    { schema: { body: passwordChangeSchema } },
    async (request, reply) => {
      const session = sessionOf(request);
      const input = request.body;
      const { user, tokenHash } = session;
      // A session alone must not be able to guess the password it would replace.
      const attempt = guard.begin(user.username, request.ip);
      if (attempt.refused) return sendRateLimited(reply, attempt.retryAfterMs);
      // Not `unauthorized`: the session is fine, only the password given was wrong.
      if (!(await users.verify(user.username, input.currentPassword)))
        return sendError(reply, 'forbidden');
      attempt.succeeded();
      // Whoever changes their own password keeps this session; every other one ends.
      if (!(await accounts.setPassword(user.id, input.newPassword, tokenHash)))
        return sendError(reply, 'not-found');
      revocation.endSessionsOf(user.id, 'password-changed', tokenHash);
      return sendData(reply, { changed: true });
    },
  );

  app.patch(
    '/api/users/:userId',
    { ...COORDINATORS_ONLY, schema: { params: userIdPayloadSchema, body: userUpdateSchema } },
    async (request, reply) => {
      const me = callerOf(request);
      const params = request.params;
      const input = request.body;
      const result = await accounts.update(params.userId, input, me);
      if (result === null) return sendError(reply, 'not-found');
      if (result === 'last-coordinator') return sendError(reply, 'invalid-state');
      // An advisor without a kind, or a student for the whole school: see advisorAfter.
      if (result === 'invalid-advisor') return sendError(reply, 'invalid-payload');
      if (result.disabledNow) revocation.endSessionsOf(params.userId, 'disabled');
      else if (result.roleChanged) revocation.endSessionsOf(params.userId, 'role-changed');
      deps.onWorkReleased(result.released);
      return sendData<Account>(reply, result.account);
    },
  );

  app.post(
    '/api/users/:userId/password',
    { ...COORDINATORS_ONLY, schema: { params: userIdPayloadSchema, body: passwordResetSchema } },
    async (request, reply) => {
      const me = callerOf(request);
      const params = request.params;
      const input = request.body;
      // One's own password needs the current one (PUT /api/me/password): a borrowed or stolen
      // session must not be enough to lock the owner out.
      if (params.userId === me.id) return sendError(reply, 'forbidden');
      if (!(await accounts.setPassword(params.userId, input.newPassword)))
        return sendError(reply, 'not-found');
      revocation.endSessionsOf(params.userId, 'password-changed');
      return sendData(reply, { changed: true });
    },
  );

  app.delete(
    '/api/users/:userId',
    { ...COORDINATORS_ONLY, schema: { params: userIdPayloadSchema } },
    async (request, reply) => {
      const me = callerOf(request);
      const params = request.params;
      const result = await accounts.remove(params.userId, me);
      if (result === null) return sendError(reply, 'not-found');
      if (result === 'last-coordinator') return sendError(reply, 'invalid-state');
      revocation.endSessionsOf(params.userId, 'deleted');
      deps.onWorkReleased(result);
      return sendData(reply, { deleted: true });
    },
  );
}
