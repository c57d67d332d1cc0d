import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * Table shapes. Portable across SQLite and PostgreSQL: timestamps are ISO-8601 text, flags are
 * 0/1 integers, structured sections are JSON text, screenshots are blobs (bytea).
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  enrollment_tokens: EnrollmentTokensTable;
  devices: DevicesTable;
  software: SoftwareTable;
  pending_updates: PendingUpdatesTable;
  requests: RequestsTable;
  screenshots: ScreenshotsTable;
  request_events: RequestEventsTable;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: 'coordinator' | 'advisor';
  password_hash: string;
  created_at: string;
  /** 0/1: the person said they are on duty (migration 0004). */
  on_duty: Generated<number>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface EnrollmentTokensTable {
  id: string;
  token_hash: string;
  label: string | null;
  site: string | null;
  room: string | null;
  created_at: string;
  expires_at: string | null;
  max_uses: number | null;
  uses: number;
}

export interface DevicesTable {
  id: string;
  name: string;
  machine_key: string | null;
  secret_hash: string;
  site: string | null;
  room: string | null;
  enrolled_at: string;
  last_seen_at: string | null;
  last_inventory_at: string | null;
  os_json: string | null;
  hardware_json: string | null;
  notes_json: string | null;
  hash_os: string | null;
  hash_hardware: string | null;
  hash_software: string | null;
  hash_updates: string | null;
  hash_hotfixes: string | null;
  hotfixes_json: string | null;
  software_count: number;
  updates_count: number;
  agent_version: string | null;
  protocol_version: number | null;
  /** The device this one may be a re-install of, awaiting the coordinator (migration 0007). */
  link_candidate_id: string | null;
  /** JSON array of the identity kinds that matched. */
  link_matched_by: string | null;
  /** JSON array of the hardware kinds both report differently (a cloned image). */
  link_conflicts: string | null;
}

export interface SoftwareTable {
  id: Generated<number>;
  device_id: string;
  name: string;
  version: string;
  publisher: string | null;
  arch: string | null;
  source: string;
  install_date: string | null;
}

export interface PendingUpdatesTable {
  id: Generated<number>;
  device_id: string;
  name: string;
  installed_version: string | null;
  available_version: string;
  source: string;
  security: number;
}

export interface RequestsTable {
  id: string;
  device_id: string;
  idempotency_key: string;
  category: string;
  text: string;
  requester: string | null;
  state: string;
  created_at: string;
  updated_at: string;
  assignee_id: string | null;
  snapshot_json: string | null;
  screenshot_type: string | null;
  screenshot_bytes: number | null;
  /** Set when a re-install link moved the request here; such requests stay out of the new tray. */
  carried_from_device_id: string | null;
}

export interface ScreenshotsTable {
  request_id: string;
  data: Uint8Array;
}

export interface RequestEventsTable {
  id: string;
  request_id: string;
  at: string;
  kind: string;
  actor_type: 'device' | 'user';
  actor_id: string;
  actor_name: string;
  body: string | null;
  idempotency_key: string | null;
}

export type DeviceRow = Selectable<DevicesTable>;
export type RequestRow = Selectable<RequestsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewRequestEvent = Insertable<RequestEventsTable>;
