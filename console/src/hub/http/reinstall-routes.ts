import type { HttpApp } from './http-app.ts';
import { COORDINATORS_ONLY, callerOf } from './access.ts';
import {
  reinstallDecisionSchema,
  reinstallRuleSchema,
  type ReinstallRule,
  type ReinstallsView,
} from '@handraise/shared';
import type { Reinstalls } from '../reinstalls.ts';
import { sendData, sendError } from './reply.ts';

/** Re-installed computers awaiting the coordinator, and the rule that links them unasked. */
export function registerReinstallRoutes(app: HttpApp, deps: { reinstalls: Reinstalls }): void {
  app.get('/api/reinstalls', { ...COORDINATORS_ONLY }, async (request, reply) => {
    return sendData<ReinstallsView>(reply, await deps.reinstalls.view());
  });

  app.post(
    '/api/reinstalls/confirm',
    { ...COORDINATORS_ONLY, schema: { body: reinstallDecisionSchema } },
    async (request, reply) => {
      const user = callerOf(request);
      const input = request.body;
      const linked = await deps.reinstalls.confirm(input.deviceIds, user.id);
      request.log.info({ linked, by: user.id }, 're-installed computers linked');
      return sendData(reply, { linked });
    },
  );

  app.post(
    '/api/reinstalls/dismiss',
    { ...COORDINATORS_ONLY, schema: { body: reinstallDecisionSchema } },
    async (request, reply) => {
      const input = request.body;
      return sendData(reply, { kept: await deps.reinstalls.dismiss(input.deviceIds) });
    },
  );

  app.put(
    '/api/reinstalls/rule',
    { ...COORDINATORS_ONLY, schema: { body: reinstallRuleSchema } },
    async (request, reply) => {
      const input = request.body;
      if (!(await deps.reinstalls.setRule(input.acceptUntil)))
        return sendError(reply, 'invalid-payload');
      return sendData<ReinstallRule>(reply, await deps.reinstalls.rule());
    },
  );
}
