import type { Generated, Selectable } from 'kysely';
import type { DeviceAccess } from '@handraise/shared';

/**
 * Every table's shape, as the migrations in `migrations/` make it: timestamps are ISO-8601 text,
 * flags are 0/1 integers, structured sections are JSON text, screenshots are blobs.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  enrollment_tokens: EnrollmentTokensTable;
  devices: DevicesTable;
  software_lists: SoftwareListsTable;
  pending_updates: PendingUpdatesTable;
  requests: RequestsTable;
  screenshots: ScreenshotsTable;
  request_events: RequestEventsTable;
  settings: SettingsTable;
  software_policies: SoftwarePoliciesTable;
  software_catalog: SoftwareCatalogTable;
  title_overrides: TitleOverridesTable;
  software_documents: SoftwareDocumentsTable;
  update_tasks: UpdateTasksTable;
  update_task_lines: UpdateTaskLinesTable;
  device_identity_keys: DeviceIdentityKeysTable;
  device_links: DeviceLinksTable;
  device_access_log: DeviceAccessLogTable;
  quick_fixes: QuickFixesTable;
  advisor_badges: AdvisorBadgesTable;
  canned_replies: CannedRepliesTable;
  request_resolutions: RequestResolutionsTable;
  agent_costs: AgentCostsTable;
  agent_releases: AgentReleasesTable;
  device_updates: DeviceUpdatesTable;
  deleted_devices: DeletedDevicesTable;
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
  /** Set while a coordinator has the account disabled: it cannot sign in (0008). */
  disabled_at: string | null;
  /**
   * Set once the account is deleted (0008). The row stays, without username or password, so
   * requests, timelines and tasks keep the person's name.
   */
  deleted_at: string | null;
  /** 'student' or 'teacher' for an advisor, null for a coordinator (0009). */
  advisor_kind: 'student' | 'teacher' | null;
  /** An advisor's AdvisorScope as JSON (0009). */
  advisor_scope_json: string | null;
  /** An advisor's skills as a JSON array (0009). */
  advisor_skills_json: string | null;
  /** An advisor's weekly DutyPeriod[] as JSON (0012). */
  advisor_timetable_json: string | null;
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
  /** Set when the coordinator retired it: out of lists and counts, its agent refused (0016). */
  retired_at: string | null;
  /** Set when the coordinator revoked its trust: its agent refused with `device-revoked` (0023). */
  revoked_at: string | null;
  /** DeviceIdentifiers as JSON, from its latest hardware report (0016). */
  identifiers_json: string | null;
  /** Its seat label and floor-grid place in its room, each optional (0017). */
  seat_label: string | null;
  seat_row: number | null;
  seat_column: number | null;
  /** DeviceState as JSON and its section hash; null until an agent sends the state (0019). */
  state_json: string | null;
  hash_state: string | null;
  /** JSON array of the hub certificates its agent last said it trusts, and when (0026). */
  hub_pins_json: Generated<string | null>;
  hub_pins_at: Generated<string | null>;
}

/** A computer's installed programs (0030): the list its agent last sent, as JSON. */
export interface SoftwareListsTable {
  device_id: string;
  /** SoftwareItem[] */
  items_json: string;
}

export interface PendingUpdatesTable {
  id: Generated<number>;
  device_id: string;
  name: string;
  installed_version: string | null;
  available_version: string;
  source: string;
  security: number;
  /** The package manager's own id of the update (migration 0020); null from earlier agents. */
  package_id: string | null;
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
  /** 0/1: the requester said their class is stopped (0011). */
  urgent: Generated<number>;
  /** The number people say aloud, 1, 2, 3… in the order requests reached the hub (0012). */
  number: number;
  /** The room incident it belongs to, or null (0015). */
  incident_id: string | null;
  /** The seat label its computer had when asked (0017). */
  seat: string | null;
  /** When retention deleted its screenshot and snapshot; null while they are kept (0022). */
  media_removed_at: string | null;
  /** The computer's own account that asked, as the agent service verified it (0024). */
  local_account: Generated<string | null>;
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
  actor_type: 'device' | 'user' | 'hub';
  actor_id: string;
  actor_name: string;
  body: string | null;
  idempotency_key: string | null;
}

/** One setting per row: new settings need no migration, and each keeps when it last changed (0003). */
export interface SettingsTable {
  key: string;
  value_json: string;
  updated_at: string;
}

/** What the coordinator decides about software (0005): policies, the catalog, title corrections. */
export interface SoftwarePoliciesTable {
  id: string;
  title_key: string;
  title_name: string;
  kind: string;
  version: string | null;
  platform: string | null;
  note: string | null;
  created_at: string;
}

export interface SoftwareCatalogTable {
  title_key: string;
  title: string;
  latest_version: string;
  release_date: string | null;
  source: string | null;
  platform: string | null;
}

export interface TitleOverridesTable {
  id: string;
  from_key: string;
  source: string | null;
  into_key: string;
  into_name: string;
  created_at: string;
}

/** Imported documents that replace a bundled one (the OS lifecycle table). */
export interface SoftwareDocumentsTable {
  name: string;
  body_json: string;
  updated_at: string;
}

/** Update tasks (0006): a finding handed to someone, one line per device, ticked off by inventories. */
export interface UpdateTasksTable {
  id: string;
  title_key: string;
  title_name: string;
  summary: string;
  note: string | null;
  site: string | null;
  room: string | null;
  assignee_id: string | null;
  created_by: string;
  created_at: string;
  state: string;
  done_at: string | null;
}

export interface UpdateTaskLinesTable {
  task_id: string;
  device_id: string;
  device_name: string;
  room: string | null;
  start_version: string | null;
  done_at: string | null;
  done_version: string | null;
}

/** What each device said about its computer, hashed per kind (0007): how re-installs are found. */
export interface DeviceIdentityKeysTable {
  device_id: string;
  kind: string;
  key_hash: string;
}

/** A device's history carried over from the record of the computer it replaced (0007). */
export interface DeviceLinksTable {
  device_id: string;
  previous_device_id: string;
  previous_name: string;
  previous_enrolled_at: string;
  linked_at: string;
  linked_by: string;
}

export type DeviceRow = Selectable<DevicesTable>;
export type RequestRow = Selectable<RequestsTable>;

/** One look at a computer's details or a request's picture (0010). */
export interface DeviceAccessLogTable {
  id: string;
  device_id: string;
  user_id: string;
  /** The person's name when they looked: the log keeps it if the account goes. */
  user_name: string;
  /** 'coordinator', 'student' or 'teacher' (advisors). */
  user_kind: 'coordinator' | 'student' | 'teacher';
  what: DeviceAccess['what'];
  request_id: string | null;
  at: string;
}

/** Quick fixes (0013): rooms and platforms as JSON arrays, empty for all; counts kept beside. */
export interface QuickFixesTable {
  id: string;
  category: string;
  text: string;
  rooms_json: string;
  platforms_json: string;
  written_by: string;
  created_at: string;
  updated_at: string;
  shown_count: Generated<number>;
  saved_count: Generated<number>;
}

/** A Tech Advisor's badge once reached (0014); signed off by the coordinator, or not yet. */
export interface AdvisorBadgesTable {
  id: string;
  user_id: string;
  /** The badge's key in the hub's BADGE_RULES. */
  badge: string;
  earned_at: string;
  signed_off_by_id: string | null;
  /** The coordinator's name when they signed: kept if the account goes. */
  signed_off_by_name: string | null;
  signed_off_at: string | null;
}

/** Replies the coordinator keeps for helpers to insert in a message (0018). */
export interface CannedRepliesTable {
  id: string;
  title: string;
  text: string;
  /** The display name of whoever wrote or last changed it. */
  updated_by: string;
  created_at: string;
  updated_at: string;
}

/** A recent resolve, kept so its resolver can undo it for a few seconds (0018). */
export interface RequestResolutionsTable {
  request_id: string;
  batch_id: string;
  resolved_by: string;
  resolved_at: string;
  previous_state: string;
  previous_assignee_id: string | null;
}

/** Each computer's agent's latest cost figures (0021): an AgentCost as JSON. */
export interface AgentCostsTable {
  device_id: string;
  reported_at: string;
  cost_json: string;
}

/** Signed agent releases the hub offers (0025); the package is a file in the data folder. */
export interface AgentReleasesTable {
  id: string;
  version: string;
  platform: string;
  arch: string;
  sha256: string;
  size: number;
  signature: string;
  /** 1: read from the hub's releases folder at start, rather than uploaded. */
  shipped: Generated<number>;
  added_at: string;
}

/** Per computer: what its agent last said it runs, and its latest update's outcome (0025). */
export interface DeviceUpdatesTable {
  device_id: string;
  platform: string;
  arch: string;
  running_version: string;
  checked_at: string;
  outcome_version: string | null;
  outcome_result: string | null;
  outcome_detail: string | null;
  outcome_at: string | null;
}

/** A computer deleted for privacy: its id alone, so its agent is refused, not enrolled anew (0027). */
export interface DeletedDevicesTable {
  id: string;
  deleted_at: string;
}
