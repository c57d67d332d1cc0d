import type { Kysely, Migration } from 'kysely';
import { assignedKeyType, bytesType } from '../dialect.ts';

/** Devices, their inventories, requests and their timelines, users and sessions, enrollment tokens. */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
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
      .addColumn('id', assignedKeyType(db), (c) => c.primaryKey())
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
      .addColumn('id', assignedKeyType(db), (c) => c.primaryKey())
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
      .addColumn('data', bytesType(db), (c) => c.notNull())
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
};
