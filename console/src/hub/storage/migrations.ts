import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { migration as initial } from './migrations/0001-initial.ts';
import { migration as hotfixesAndReplies } from './migrations/0002-hotfixes-and-replies.ts';
import { migration as consoleSettings } from './migrations/0003-console-settings.ts';
import { migration as onDuty } from './migrations/0004-on-duty.ts';
import { migration as softwareRules } from './migrations/0005-software-rules.ts';
import { migration as updateTasks } from './migrations/0006-update-tasks.ts';
import { migration as deviceLinks } from './migrations/0007-device-links.ts';
import { migration as accounts } from './migrations/0008-accounts.ts';
import { migration as advisorProfiles } from './migrations/0009-advisor-profiles.ts';
import { migration as deviceAccessLog } from './migrations/0010-device-access-log.ts';
import { migration as urgentRequests } from './migrations/0011-urgent-requests.ts';
import { migration as dutyRouting } from './migrations/0012-duty-routing.ts';
import { migration as quickFixes } from './migrations/0013-quick-fixes.ts';
import { migration as advisorBadges } from './migrations/0014-advisor-badges.ts';
import { migration as roomIncidents } from './migrations/0015-room-incidents.ts';
import { migration as deviceRetire } from './migrations/0016-device-retire.ts';
import { migration as seats } from './migrations/0017-seats.ts';
import { migration as cannedReplies } from './migrations/0018-canned-replies.ts';
import { migration as deviceState } from './migrations/0019-device-state.ts';
import { migration as packageIds } from './migrations/0020-package-ids.ts';
import { migration as agentCosts } from './migrations/0021-agent-costs.ts';
import { migration as retentionRemovals } from './migrations/0022-retention-removals.ts';
import { migration as deviceRevocation } from './migrations/0023-device-revocation.ts';
import { migration as requestLocalAccount } from './migrations/0024-request-local-account.ts';
import { migration as agentReleases } from './migrations/0025-agent-releases.ts';
import { migration as deviceHubPins } from './migrations/0026-device-hub-pins.ts';
import { migration as deletedDevices } from './migrations/0027-deleted-devices.ts';
import { migration as hubLinks } from './migrations/0028-hub-links.ts';
import { migration as softwareByDevice } from './migrations/0029-software-by-device.ts';
import { migration as softwareLists } from './migrations/0030-software-lists.ts';
import type { Database } from './schema.ts';

/**
 * Every migration, one file each in `migrations/`, ordered by name. Never edit a released one: add
 * the next. The tables they make are typed in `schema.ts`.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-hotfixes-and-replies': hotfixesAndReplies,
  '0003-console-settings': consoleSettings,
  '0004-on-duty': onDuty,
  '0005-software-rules': softwareRules,
  '0006-update-tasks': updateTasks,
  '0007-device-links': deviceLinks,
  '0008-accounts': accounts,
  '0009-advisor-profiles': advisorProfiles,
  '0010-device-access-log': deviceAccessLog,
  '0011-urgent-requests': urgentRequests,
  '0012-duty-routing': dutyRouting,
  '0013-quick-fixes': quickFixes,
  '0014-advisor-badges': advisorBadges,
  '0015-room-incidents': roomIncidents,
  '0016-device-retire': deviceRetire,
  '0017-seats': seats,
  '0018-canned-replies': cannedReplies,
  '0019-device-state': deviceState,
  '0020-package-ids': packageIds,
  '0021-agent-costs': agentCosts,
  '0022-retention-removals': retentionRemovals,
  '0023-device-revocation': deviceRevocation,
  '0024-request-local-account': requestLocalAccount,
  '0025-agent-releases': agentReleases,
  '0026-device-hub-pins': deviceHubPins,
  '0027-deleted-devices': deletedDevices,
  '0028-hub-links': hubLinks,
  '0029-software-by-device': softwareByDevice,
  '0030-software-lists': softwareLists,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) };

/** Brings the schema up to date; throws if a migration fails, leaving earlier ones applied. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error } = await migrator.migrateToLatest();
  if (error)
    throw error instanceof Error ? error : new Error(`migration failed: ${JSON.stringify(error)}`);
}

/** Brings the schema up to the named migration and no further: for tests of one migration. */
export async function migrateUpTo(db: Kysely<Database>, name: string): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(`migration to ${name} failed`);
}
