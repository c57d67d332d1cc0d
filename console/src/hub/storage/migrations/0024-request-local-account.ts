import type { Kysely, Migration } from 'kysely';

/**
 * The computer's own account a request came from (its user name), as the machine-wide agent
 * service verified it: on a shared lab computer, whose session asked. Null for earlier agents
 * and for agents that run without the service.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('requests').addColumn('local_account', 'text').execute();
  },
};
