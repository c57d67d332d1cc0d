// Revoking a computer's trust and replacing its secret: two changes to its record.
import { sql, type Kysely } from 'kysely';
import { hashSecret } from '../auth/tokens.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../storage/schema.ts';
import { databaseKind, jsonArrayHolds } from '../storage/dialect.ts';

export type DeviceTrust = {
  /** When the coordinator revoked it; null while it is trusted. */
  revokedAt: string | null;
};

export function createDeviceTrustStore(db: Kysely<Database>, clock: Clock) {
  const kind = databaseKind(db);
  /** A computer the coordinator still manages (retired ones are gone from every list). */
  const findActive = (deviceId: string) =>
    db
      .selectFrom('devices')
      .select(['id', 'revoked_at'])
      .where('id', '=', deviceId)
      .where('retired_at', 'is', null)
      .executeTakeFirst();

  return {
    async find(deviceId: string): Promise<DeviceTrust | null> {
      const row = await findActive(deviceId);
      return row ? { revokedAt: row.revoked_at } : null;
    },

    /** Revokes it (once: revoking again keeps the first date); null for no such computer. */
    async revoke(deviceId: string): Promise<DeviceTrust | null> {
      const row = await findActive(deviceId);
      if (!row) return null;
      if (row.revoked_at !== null) return { revokedAt: row.revoked_at };
      const revokedAt = clock.now().toISOString();
      await db
        .updateTable('devices')
        .set({ revoked_at: revokedAt })
        .where('id', '=', deviceId)
        .where('revoked_at', 'is', null)
        .execute();
      return { revokedAt };
    },

    /** Keeps the certificates this computer's agent says it trusts (its answer to `hub:trust`). */
    async recordPins(deviceId: string, fingerprints: readonly string[]): Promise<void> {
      await db
        .updateTable('devices')
        .set({
          hub_pins_json: JSON.stringify(fingerprints),
          hub_pins_at: clock.now().toISOString(),
        })
        .where('id', '=', deviceId)
        .execute();
    },

    /**
     * Of the computers the coordinator manages (not retired, not revoked: those never connect),
     * how many said they trust `fingerprint`.
     */
    async readiness(fingerprint: string): Promise<{ ready: number; total: number }> {
      const row = await db
        .selectFrom('devices')
        .select((eb) => [
          eb.fn.countAll<number>().as('total'),
          eb.fn
            .sum<number | null>(
              sql<number>`case when ${jsonArrayHolds(kind, sql.ref('devices.hub_pins_json'), fingerprint)} then 1 else 0 end`,
            )
            .as('ready'),
        ])
        .where('retired_at', 'is', null)
        .where('revoked_at', 'is', null)
        .executeTakeFirstOrThrow();
      return { ready: Number(row.ready ?? 0), total: Number(row.total) };
    },

    /** From now on only `secret` opens this computer's connection; the old one is refused. */
    async replaceSecret(deviceId: string, secret: string): Promise<void> {
      await db
        .updateTable('devices')
        .set({ secret_hash: hashSecret(secret) })
        .where('id', '=', deviceId)
        .execute();
    },
  };
}

export type DeviceTrustStore = ReturnType<typeof createDeviceTrustStore>;
