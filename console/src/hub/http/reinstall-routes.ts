import type { FastifyInstance } from 'fastify';
import {
  reinstallDecisionSchema,
  reinstallRuleSchema,
  type ReinstallRule,
  type ReinstallsView,
} from '@handraise/shared';
import type { Reinstalls } from '../reinstalls.ts';
import type { UsersStore } from '../storage/users-store.ts';
import { requireUser } from './authenticate.ts';
import { parseOr400, sendData, sendError } from './reply.ts';

/** Re-installed computers awaiting the coordinator, and the rule that links them unasked. */
export function registerReinstallRoutes(
  app: FastifyInstance,
  deps: { users: UsersStore; reinstalls: Reinstalls },
): void {
  const coordinator = ['coordinator'] as const;

  app.get('/api/reinstalls', async (request, reply) => {
    if (!(await requireUser(deps.users, request, reply, coordinator))) return reply;
    return sendData<ReinstallsView>(reply, await deps.reinstalls.view());
  });

  app.post('/api/reinstalls/confirm', async (request, reply) => {
    const user = await requireUser(deps.users, request, reply, coordinator);
    if (!user) return reply;
    const input = parseOr400(reply, reinstallDecisionSchema, request.body);
    if (!input) return reply;
    const linked = await deps.reinstalls.confirm(input.deviceIds, user.id);
    request.log.info({ linked, by: user.id }, 're-installed computers linked');
    return sendData(reply, { linked });
  });

  app.post('/api/reinstalls/dismiss', async (request, reply) => {
    if (!(await requireUser(deps.users, request, reply, coordinator))) return reply;
    const input = parseOr400(reply, reinstallDecisionSchema, request.body);
    if (!input) return reply;
    return sendData(reply, { kept: await deps.reinstalls.dismiss(input.deviceIds) });
  });

  app.put('/api/reinstalls/rule', async (request, reply) => {
    if (!(await requireUser(deps.users, request, reply, coordinator))) return reply;
    const input = parseOr400(reply, reinstallRuleSchema, request.body);
    if (!input) return reply;
    if (!(await deps.reinstalls.setRule(input.acceptUntil)))
      return sendError(reply, 'invalid-payload');
    return sendData<ReinstallRule>(reply, await deps.reinstalls.rule());
  });
}
