import {
  quickFixCreateSchema,
  quickFixIdParamsSchema,
  quickFixTeachersSchema,
  quickFixUpdateSchema,
  type QuickFixAccess,
  type QuickFixList,
  type User,
} from '@handraise/shared';
import { mayWriteFixFor, mayWriteQuickFixes } from '../access/quick-fix-writers.ts';
import type { QuickFixesStore, StoredQuickFix } from '../storage/quick-fixes-store.ts';
import type { SettingsStore } from '../storage/settings-store.ts';
import { COORDINATORS_ONLY, callerOf } from './access.ts';
import type { HttpApp } from './http-app.ts';
import { sendData, sendError } from './reply.ts';

/** The hub setting that lets teacher advisors write fixes; off until the coordinator says so. */
export const TEACHERS_WRITE_QUICK_FIXES = 'teachersWriteQuickFixes';

export type QuickFixRouteDeps = {
  fixes: QuickFixesStore;
  settings: Pick<SettingsStore, 'readValue' | 'writeValue'>;
};

const withAccess = (user: User, fix: StoredQuickFix) => ({
  ...fix,
  mayEdit: mayWriteFixFor(user, fix.rooms),
});

/**
 * Quick fixes: the coordinator (and teachers, when allowed) write short answers per category; the
 * tray shows them before someone asks (see sockets/quick-fix-handlers.ts).
 */
export function registerQuickFixRoutes(app: HttpApp, deps: QuickFixRouteDeps): void {
  const { fixes, settings } = deps;
  const teachersWrite = async () => (await settings.readValue(TEACHERS_WRITE_QUICK_FIXES)) === true;
  const mayWrite = async (user: User) => mayWriteQuickFixes(user, await teachersWrite());

  // Asked by every teacher's console to know whether to offer the page: answered, never refused.
  app.get('/api/quick-fixes/access', async (request, reply) => {
    const access: QuickFixAccess = { mayWrite: await mayWrite(callerOf(request)) };
    return sendData(reply, access);
  });

  app.get('/api/quick-fixes', async (request, reply) => {
    const user = callerOf(request);
    const allowed = await teachersWrite();
    if (!mayWriteQuickFixes(user, allowed)) return sendError(reply, 'forbidden');
    const list: QuickFixList = {
      teachersWrite: allowed,
      fixes: (await fixes.list()).map((fix) => withAccess(user, fix)),
    };
    return sendData(reply, list);
  });

  app.post(
    '/api/quick-fixes',
    { schema: { body: quickFixCreateSchema } },
    async (request, reply) => {
      const user = callerOf(request);
      const input = request.body;
      if (!(await mayWrite(user)) || !mayWriteFixFor(user, input.rooms))
        return sendError(reply, 'forbidden');
      const created = await fixes.create(input, user.displayName);
      // The category holds the most fixes it may: a person reads five, not fifty.
      if (!created) return sendError(reply, 'invalid-state');
      return sendData(reply, withAccess(user, created), 201);
    },
  );

  app.patch(
    '/api/quick-fixes/:fixId',
    { schema: { params: quickFixIdParamsSchema, body: quickFixUpdateSchema } },
    async (request, reply) => {
      const user = callerOf(request);
      if (!(await mayWrite(user))) return sendError(reply, 'forbidden');
      const change = request.body;
      const existing = await fixes.get(request.params.fixId);
      if (!existing) return sendError(reply, 'not-found');
      // Both where it applies now and where it would: a teacher moves nothing into others' rooms.
      const movesInto = change.rooms ?? existing.rooms;
      if (!mayWriteFixFor(user, existing.rooms) || !mayWriteFixFor(user, movesInto))
        return sendError(reply, 'forbidden');
      const updated = await fixes.update(existing.id, change, user.displayName);
      if (updated === 'full') return sendError(reply, 'invalid-state');
      if (!updated) return sendError(reply, 'not-found');
      return sendData(reply, withAccess(user, updated));
    },
  );

  app.delete(
    '/api/quick-fixes/:fixId',
    { schema: { params: quickFixIdParamsSchema } },
    async (request, reply) => {
      const user = callerOf(request);
      if (!(await mayWrite(user))) return sendError(reply, 'forbidden');
      const existing = await fixes.get(request.params.fixId);
      if (!existing) return sendError(reply, 'not-found');
      if (!mayWriteFixFor(user, existing.rooms)) return sendError(reply, 'forbidden');
      if (!(await fixes.remove(existing.id))) return sendError(reply, 'not-found');
      return sendData(reply, { id: existing.id });
    },
  );

  app.put(
    '/api/quick-fixes/teachers',
    { ...COORDINATORS_ONLY, schema: { body: quickFixTeachersSchema } },
    async (request, reply) => {
      await settings.writeValue(TEACHERS_WRITE_QUICK_FIXES, request.body.teachersWrite);
      return sendData(reply, { teachersWrite: request.body.teachersWrite });
    },
  );
}
