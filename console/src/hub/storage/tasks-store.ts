import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { UpdateTask, UpdateTaskLine } from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { Database } from './schema.ts';

export type NewTask = {
  titleKey: string;
  titleName: string;
  summary: string;
  note: string | null;
  site: string | null;
  room: string | null;
  assigneeId: string | null;
  createdBy: string;
  lines: Omit<UpdateTaskLine, 'doneAt' | 'doneVersion'>[];
};

export type TasksStore = ReturnType<typeof createTasksStore>;

export function createTasksStore(db: Kysely<Database>, clock: Clock) {
  async function load(ids: string[] | null): Promise<UpdateTask[]> {
    let query = db
      .selectFrom('update_tasks')
      .leftJoin('users', 'users.id', 'update_tasks.assignee_id')
      .selectAll('update_tasks')
      .select('users.display_name as assignee_name');
    if (ids) {
      if (ids.length === 0) return [];
      query = query.where('update_tasks.id', 'in', ids);
    }
    const tasks = await query.execute();
    if (tasks.length === 0) return [];
    const lines = await db
      .selectFrom('update_task_lines')
      .selectAll()
      .where(
        'task_id',
        'in',
        tasks.map((t) => t.id),
      )
      .orderBy('device_name')
      .execute();
    const byTask = new Map<string, UpdateTaskLine[]>();
    for (const l of lines) {
      const list = byTask.get(l.task_id) ?? [];
      list.push({
        deviceId: l.device_id,
        deviceName: l.device_name,
        room: l.room,
        startVersion: l.start_version,
        doneAt: l.done_at,
        doneVersion: l.done_version,
      });
      byTask.set(l.task_id, list);
    }
    return tasks
      .map((t) => ({
        id: t.id,
        titleKey: t.title_key,
        titleName: t.title_name,
        summary: t.summary,
        note: t.note,
        site: t.site,
        room: t.room,
        assigneeId: t.assignee_id,
        assigneeName: t.assignee_name ?? null,
        createdBy: t.created_by,
        createdAt: t.created_at,
        state: t.state as UpdateTask['state'],
        doneAt: t.done_at,
        lines: byTask.get(t.id) ?? [],
      }))
      .sort(
        (a, b) =>
          Number(a.state !== 'open') - Number(b.state !== 'open') ||
          b.createdAt.localeCompare(a.createdAt),
      );
  }

  const one = async (id: string) => (await load([id]))[0] ?? null;

  return {
    list: () => load(null),
    get: one,

    async create(input: NewTask): Promise<UpdateTask> {
      const id = randomUUID();
      const at = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('update_tasks')
          .values({
            id,
            title_key: input.titleKey,
            title_name: input.titleName,
            summary: input.summary,
            note: input.note,
            site: input.site,
            room: input.room,
            assignee_id: input.assigneeId,
            created_by: input.createdBy,
            created_at: at,
            state: 'open',
            done_at: null,
          })
          .execute();
        for (let i = 0; i < input.lines.length; i += 500)
          await trx
            .insertInto('update_task_lines')
            .values(
              input.lines.slice(i, i + 500).map((l) => ({
                task_id: id,
                device_id: l.deviceId,
                device_name: l.deviceName,
                room: l.room,
                start_version: l.startVersion,
                done_at: null,
                done_version: null,
              })),
            )
            .execute();
      });
      return (await one(id))!;
    },

    async update(
      id: string,
      change: { assigneeId?: string | null; state?: 'cancelled' },
    ): Promise<UpdateTask | null> {
      const set = {
        ...(change.assigneeId !== undefined ? { assignee_id: change.assigneeId } : {}),
        ...(change.state ? { state: change.state } : {}),
      };
      const result = await db
        .updateTable('update_tasks')
        .set(set)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0 ? one(id) : null;
    },

    /** Open tasks with a line for this device that is not yet done. */
    async openLinesFor(deviceId: string): Promise<{ taskId: string; titleKey: string }[]> {
      return db
        .selectFrom('update_task_lines')
        .innerJoin('update_tasks', 'update_tasks.id', 'update_task_lines.task_id')
        .select(['update_tasks.id as taskId', 'update_tasks.title_key as titleKey'])
        .where('update_task_lines.device_id', '=', deviceId)
        .where('update_task_lines.done_at', 'is', null)
        .where('update_tasks.state', '=', 'open')
        .execute();
    },

    /** Ticks a device's line off; the task is done when its last line is. Returns the task. */
    async tick(
      taskId: string,
      deviceId: string,
      version: string | null,
    ): Promise<UpdateTask | null> {
      const at = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('update_task_lines')
          .set({ done_at: at, done_version: version })
          .where('task_id', '=', taskId)
          .where('device_id', '=', deviceId)
          .where('done_at', 'is', null)
          .execute();
        const left = await trx
          .selectFrom('update_task_lines')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('task_id', '=', taskId)
          .where('done_at', 'is', null)
          .executeTakeFirstOrThrow();
        if (Number(left.n) === 0)
          await trx
            .updateTable('update_tasks')
            .set({ state: 'done', done_at: at })
            .where('id', '=', taskId)
            .where('state', '=', 'open')
            .execute();
      });
      return one(taskId);
    },
  };
}
