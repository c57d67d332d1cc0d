import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './schema.ts';
import { deviceLinksMigration } from './device-links-store.ts';
import { settingsMigration } from './settings-store.ts';
import { softwareRulesMigration } from './software-rules-store.ts';
import { tasksMigration } from './tasks-store.ts';
import { accountsMigration } from './users-store.ts';

export type SqlDialectName = 'sqlite' | 'postgres';

/** Each migration gets the dialect so that the few non-portable column types stay in one place. */
type VersionedMigration = (dialect: SqlDialectName) => Migration;

const initial: VersionedMigration = (dialect) => ({
  async up(db: Kysely<unknown>) {
    const binary = dialect === 'postgres' ? 'bytea' : 'blob';
    const serial = dialect === 'postgres' ? 'serial' : 'integer';

    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('enrollment_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('label', 'text')
      .addColumn('site', 'text')
      .addColumn('room', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text')
      .addColumn('max_uses', 'integer')
      .addColumn('uses', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await db.schema
      .createTable('devices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('machine_key', 'text')
      .addColumn('secret_hash', 'text', (c) => c.notNull())
      .addColumn('site', 'text')
      .addColumn('room', 'text')
      .addColumn('enrolled_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text')
      .addColumn('last_inventory_at', 'text')
      .addColumn('os_json', 'text')
      .addColumn('hardware_json', 'text')
      .addColumn('notes_json', 'text')
      .addColumn('hash_os', 'text')
      .addColumn('hash_hardware', 'text')
      .addColumn('hash_software', 'text')
      .addColumn('hash_updates', 'text')
      .addColumn('software_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updates_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('agent_version', 'text')
      .addColumn('protocol_version', 'integer')
      .execute();
    await db.schema
      .createIndex('devices_machine_key')
      .on('devices')
      .column('machine_key')
      .execute();

    await db.schema
      .createTable('software')
      .addColumn('id', serial, (c) => c.primaryKey())
      .addColumn('device_id', 'text', (c) =>
        c.notNull().references('devices.id').onDelete('cascade'),
      )
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('publisher', 'text')
      .addColumn('arch', 'text')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('install_date', 'text')
      .execute();
    await db.schema.createIndex('software_device').on('software').column('device_id').execute();
    await db.schema.createIndex('software_name').on('software').column('name').execute();

    await db.schema
      .createTable('pending_updates')
      .addColumn('id', serial, (c) => c.primaryKey())
      .addColumn('device_id', 'text', (c) =>
        c.notNull().references('devices.id').onDelete('cascade'),
      )
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('installed_version', 'text')
      .addColumn('available_version', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('security', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('pending_updates_device')
      .on('pending_updates')
      .column('device_id')
      .execute();

    await db.schema
      .createTable('requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('device_id', 'text', (c) =>
        c.notNull().references('devices.id').onDelete('cascade'),
      )
      .addColumn('idempotency_key', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('requester', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('assignee_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('snapshot_json', 'text')
      .addColumn('screenshot_type', 'text')
      .addColumn('screenshot_bytes', 'integer')
      // A retried request carries the same key: the constraint makes "stored once" hold under races.
      .addUniqueConstraint('requests_device_idempotency', ['device_id', 'idempotency_key'])
      .execute();
    await db.schema
      .createIndex('requests_state')
      .on('requests')
      .columns(['state', 'created_at'])
      .execute();

    await db.schema
      .createTable('screenshots')
      .addColumn('request_id', 'text', (c) =>
        c.primaryKey().references('requests.id').onDelete('cascade'),
      )
      .addColumn('data', binary, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('request_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('request_id', 'text', (c) =>
        c.notNull().references('requests.id').onDelete('cascade'),
      )
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('actor_type', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('actor_name', 'text', (c) => c.notNull())
      .addColumn('body', 'text')
      .execute();
    await db.schema
      .createIndex('request_events_request')
      .on('request_events')
      .columns(['request_id', 'at'])
      .execute();
  },
});

/** Windows hotfixes (KBs) as their own inventory section; requester messages made idempotent. */
const hotfixesAndReplies: VersionedMigration = () => ({
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('devices').addColumn('hotfixes_json', 'text').execute();
    await db.schema.alterTable('devices').addColumn('hash_hotfixes', 'text').execute();
    await db.schema.alterTable('request_events').addColumn('idempotency_key', 'text').execute();
    // A requester's reply retried from the agent's outbox is recorded once.
    await db.schema
      .createIndex('request_events_idempotency')
      .on('request_events')
      .columns(['request_id', 'idempotency_key'])
      .unique()
      .execute();
  },
});

/** Helpers say when they are on duty; everyone starts off duty. */
const onDuty: VersionedMigration = () => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('users')
      .addColumn('on_duty', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
});

/** Ordered by name; never edit a released migration, add the next one. */
const MIGRATIONS: Record<string, VersionedMigration> = {
  '0001-initial': initial,
  '0002-hotfixes-and-replies': hotfixesAndReplies,
  '0003-console-settings': settingsMigration,
  '0004-on-duty': onDuty,
  '0005-software-rules': softwareRulesMigration,
  '0006-update-tasks': tasksMigration,
  '0007-device-links': deviceLinksMigration,
  '0008-accounts': accountsMigration,
};

function providerFor(dialect: SqlDialectName): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve(
        Object.fromEntries(Object.entries(MIGRATIONS).map(([name, m]) => [name, m(dialect)])),
      ),
  };
}

/** Brings the schema up to date; throws if a migration fails, leaving earlier ones applied. */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: SqlDialectName,
): Promise<void> {
  const migrator = new Migrator({ db, provider: providerFor(dialect) });
  const { error } = await migrator.migrateToLatest();
  if (error)
    throw error instanceof Error ? error : new Error(`migration failed: ${JSON.stringify(error)}`);
}
