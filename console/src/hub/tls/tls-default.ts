// What a hub with no TLS setting serves. HTTPS by default would strand the computers of a hub that
// ran plain HTTP before this version: they hold an http:// address, pin no certificate, and a
// changed address makes the agent ask to be enrolled again. So only a hub that has nobody to
// strand starts on HTTPS by itself; an existing one keeps plain HTTP and says how to switch.
import { existsSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.ts';
import { selfSignedFiles, type TlsLog } from './hub-certificate.ts';
import type { HubTls, HubTlsSetting } from './tls-config.ts';

/** Said once at start by a hub that keeps plain HTTP for its computers' sake. */
export const KEPT_PLAIN_HTTP_WARNING =
  'this hub has enrolled computers and no HANDRAISE_TLS setting, so it keeps plain HTTP as before; ' +
  'set HANDRAISE_TLS=on for HTTPS, then enroll each computer again with the https:// address and ' +
  'an enrollment token (their http:// address stops working and a changed address alone is refused as not enrolled)';

async function hasEnrolledComputers(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('devices')
    .select('id')
    .where('retired_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Decides `auto`: the hub's own certificate for a new hub (no computer enrolled yet) or one that
 * already served it (its certificate is in the data folder); plain HTTP, with a warning, for one
 * whose computers enrolled over http://. Any other setting is returned as it is.
 */
export async function settleTlsSetting(
  setting: HubTlsSetting | undefined,
  dataDir: string,
  db: Kysely<Database>,
  log: TlsLog,
): Promise<HubTls | undefined> {
  if (setting?.mode !== 'auto') return setting;
  const next = setting.nextCertFile ? { nextCertFile: setting.nextCertFile } : {};
  const servedHttpsBefore = existsSync(selfSignedFiles(dataDir).cert);
  if (servedHttpsBefore || !(await hasEnrolledComputers(db)))
    return { mode: 'self-signed', ...next };
  log.warn(KEPT_PLAIN_HTTP_WARNING);
  return { mode: 'off' };
}
