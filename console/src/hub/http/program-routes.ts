import type { FastifyReply } from 'fastify';
import {
  emptyPayloadSchema,
  programAdvisorParamsSchema,
  programBadgeParamsSchema,
  programPeriodQuerySchema,
  serviceHoursFileName,
  type ProgramPeriodQuery,
  type User,
} from '@handraise/shared';
import type { Clock } from '../clock.ts';
import { resolvePeriod } from '../program/program-period.ts';
import type { ProgramService } from '../program/program-service.ts';
import type { ProgramPerson } from '../storage/program-store.ts';
import { COORDINATORS_ONLY, callerOf } from './access.ts';
import type { HttpApp } from './http-app.ts';
import { sendData, sendError } from './reply.ts';

export type ProgramRouteDeps = { program: ProgramService; clock: Clock };

/**
 * The Tech Advisor program: an advisor reads their own figures, badges and service hours; the
 * coordinator reads everyone's, signs badges off and reads the weekly summary.
 */
export function registerProgramRoutes(app: HttpApp, deps: ProgramRouteDeps): void {
  const { program } = deps;

  /**
   * The advisor whose program `caller` asks for: their own, or anyone's for the coordinator. An
   * advisor asking for someone else is refused `forbidden`; an id that is no advisor, `not-found`.
   */
  const advisorFor = async (
    caller: User,
    advisorId: string,
    reply: FastifyReply,
  ): Promise<ProgramPerson | null> => {
    if (caller.role !== 'coordinator' && caller.id !== advisorId) {
      void sendError(reply, 'forbidden');
      return null;
    }
    const person = await program.advisor(advisorId);
    if (!person) void sendError(reply, 'not-found');
    return person;
  };

  /** The period a read asks for, or null once it has answered `invalid-payload`. */
  const periodOf = (query: ProgramPeriodQuery, reply: FastifyReply) => {
    const resolved = resolvePeriod(query, deps.clock.now());
    if (!resolved) void sendError(reply, 'invalid-payload');
    return resolved;
  };

  app.get(
    '/api/program/advisors',
    { ...COORDINATORS_ONLY, schema: { querystring: programPeriodQuerySchema } },
    async (request, reply) => {
      const period = periodOf(request.query, reply);
      if (!period) return reply;
      return sendData(reply, await program.everyone(period.window));
    },
  );

  app.get(
    '/api/program/advisors/:advisorId',
    { schema: { params: programAdvisorParamsSchema, querystring: programPeriodQuerySchema } },
    async (request, reply) => {
      const person = await advisorFor(callerOf(request), request.params.advisorId, reply);
      if (!person) return reply;
      const period = periodOf(request.query, reply);
      if (!period) return reply;
      return sendData(reply, await program.programOf(person, period.window));
    },
  );

  app.get(
    '/api/program/advisors/:advisorId/hours.csv',
    { schema: { params: programAdvisorParamsSchema, querystring: programPeriodQuerySchema } },
    async (request, reply) => {
      const person = await advisorFor(callerOf(request), request.params.advisorId, reply);
      if (!person) return reply;
      const period = periodOf(request.query, reply);
      if (!period) return reply;
      const csv = await program.serviceHours(person, period.window);
      return reply
        .code(200)
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="${serviceHoursFileName(person.displayName)}"`,
        )
        .send(csv);
    },
  );

  app.post(
    '/api/program/badges/:badgeId/sign-off',
    {
      ...COORDINATORS_ONLY,
      schema: { params: programBadgeParamsSchema, body: emptyPayloadSchema },
    },
    async (request, reply) => {
      const user = callerOf(request);
      const signed = await program.signOff(request.params.badgeId, {
        id: user.id,
        name: user.displayName,
      });
      if (typeof signed === 'string') return sendError(reply, signed);
      return sendData(reply, signed);
    },
  );

  app.get('/api/program/weekly', { ...COORDINATORS_ONLY }, async (_request, reply) => {
    return sendData(reply, await program.weekly());
  });
}
