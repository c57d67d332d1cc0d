import type { Kysely, Migration } from 'kysely';

/** */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('update_tasks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title_key', 'text', (c) => c.notNull())
      .addColumn('title_name', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('site', 'text')
      .addColumn('room', 'text')
      .addColumn('assignee_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('done_at', 'text')
      .execute();
    await db.schema
      .createTable('update_task_lines')
      .addColumn('task_id', 'text', (c) =>
        c.notNull().references('update_tasks.id').onDelete('cascade'),
      )
      .addColumn('device_id', 'text', (c) => c.notNull())
      .addColumn('device_name', 'text', (c) => c.notNull())
      .addColumn('room', 'text')
      .addColumn('start_version', 'text')
      .addColumn('done_at', 'text')
      .addColumn('done_version', 'text')
      .addPrimaryKeyConstraint('update_task_lines_pk', ['task_id', 'device_id'])
      .execute();
    // Every inventory asks "which open lines are this device's?".
    await db.schema
      .createIndex('update_task_lines_device')
      .on('update_task_lines')
      .columns(['device_id', 'done_at'])
      .execute();
  },
};
