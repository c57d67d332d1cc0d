import type { HttpApp } from './http-app.ts';
import { tasksFor } from '../access/advisor-reach.ts';
import { COORDINATORS_ONLY, callerOf } from './access.ts';
import { taskCreateSchema, taskIdPayloadSchema, taskUpdateSchema } from '@handraise/shared';
import type { OutdatedService } from '../software/outdated-service.ts';
import type { AdminStore } from '../storage/admin-store.ts';
import type { TasksStore } from '../storage/tasks-store.ts';
import { sendData, sendError } from './reply.ts';

export type TaskRouteDeps = {
  admin: AdminStore;
  tasks: TasksStore;
  outdated: OutdatedService;
};

/** "Chrome behind on 12 machines in Room 204" */
export function taskSummary(
  titleName: string,
  devices: number,
  scope: { site?: string; room?: string },
): string {
  const where = scope.room ? ` in ${scope.room}` : scope.site ? ` at ${scope.site}` : '';
  return `${titleName} behind on ${devices} ${devices === 1 ? 'machine' : 'machines'}${where}`;
}

/** Update tasks: a coordinator turns a finding into one; inventories tick its lines off. */
export function registerTaskRoutes(app: HttpApp, deps: TaskRouteDeps): void {
  const { admin, tasks, outdated } = deps;

  app.get('/api/tasks', async (request, reply) => {
    return sendData(reply, tasksFor(callerOf(request), await tasks.list()));
  });

  app.post(
    '/api/tasks',
    { ...COORDINATORS_ONLY, schema: { body: taskCreateSchema } },
    async (request, reply) => {
      const user = callerOf(request);
      const input = request.body;
      if (input.assigneeId && !(await admin.findPerson(input.assigneeId)))
        return sendError(reply, 'not-found');
      const scope = {
        ...(input.site ? { site: input.site } : {}),
        ...(input.room ? { room: input.room } : {}),
      };
      const found = await outdated.behindDevices(input.titleKey, scope);
      if (!found) return sendError(reply, 'not-found');
      // A task with nothing to do would sit open forever.
      if (found.lines.length === 0) return sendError(reply, 'invalid-state');
      const task = await tasks.create({
        titleKey: found.title.key,
        titleName: found.title.name,
        summary: taskSummary(found.title.name, found.lines.length, scope),
        note: input.note?.trim() || null,
        site: input.site ?? null,
        room: input.room ?? null,
        assigneeId: input.assigneeId ?? null,
        createdBy: user.displayName,
        lines: found.lines.map((l) => ({
          deviceId: l.deviceId,
          deviceName: l.deviceName,
          room: l.room,
          startVersion: l.version,
        })),
      });
      outdated.publishTask(task);
      return sendData(reply, task, 201);
    },
  );

  app.patch(
    '/api/tasks/:taskId',
    { ...COORDINATORS_ONLY, schema: { params: taskIdPayloadSchema, body: taskUpdateSchema } },
    async (request, reply) => {
      const params = request.params;
      const input = request.body;
      if (input.assigneeId && !(await admin.findPerson(input.assigneeId)))
        return sendError(reply, 'not-found');
      const existing = await tasks.get(params.taskId);
      if (!existing) return sendError(reply, 'not-found');
      if (existing.state !== 'open') return sendError(reply, 'invalid-state');
      const task = await tasks.update(params.taskId, input);
      if (!task) return sendError(reply, 'not-found');
      outdated.publishTask(task);
      return sendData(reply, task);
    },
  );
}
