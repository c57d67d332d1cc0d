import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import {
  MAX_QUICK_FIXES_PER_CATEGORY,
  QUICK_FIXES_SHOWN,
  type HelpCategory,
  type QuickFix,
  type QuickFixCreate,
  type QuickFixPlatform,
  type QuickFixUpdate,
} from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { Database, QuickFixesTable } from './schema.ts';

/** A fix as stored: everything the console shows but whether the caller may change it. */
export type StoredQuickFix = Omit<QuickFix, 'mayEdit'>;

/** Where a computer is, as fixes are matched: its room and its platform (null: not known yet). */
export type FixPlace = { room: string | null; platform: string | null };

const toFix = (row: Selectable<QuickFixesTable>): StoredQuickFix => ({
  id: row.id,
  category: row.category as HelpCategory,
  text: row.text,
  rooms: JSON.parse(row.rooms_json) as string[],
  platforms: JSON.parse(row.platforms_json) as QuickFixPlatform[],
  writtenBy: row.written_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  shown: Number(row.shown_count),
  saved: Number(row.saved_count),
});

/** Whether a fix applies at `place`: a limit left empty matches everything. */
export function fixMatches(fix: StoredQuickFix, place: FixPlace): boolean {
  const roomFits =
    fix.rooms.length === 0 || (place.room !== null && fix.rooms.includes(place.room));
  const platformFits =
    fix.platforms.length === 0 ||
    (place.platform !== null && (fix.platforms as string[]).includes(place.platform));
  return roomFits && platformFits;
}

/** Most requests saved first; among equals the oldest, so the order stays put between asks. */
const bySaving = (a: StoredQuickFix, b: StoredQuickFix) =>
  b.saved - a.saved || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

export type QuickFixesStore = ReturnType<typeof createQuickFixesStore>;

export function createQuickFixesStore(db: Kysely<Database>, clock: Clock) {
  const one = async (id: string) => {
    const row = await db
      .selectFrom('quick_fixes')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toFix(row) : null;
  };

  return {
    /** Every fix, by category, most-saving first within each. */
    async list(): Promise<StoredQuickFix[]> {
      const rows = await db.selectFrom('quick_fixes').selectAll().execute();
      return rows.map(toFix).sort((a, b) => a.category.localeCompare(b.category) || bySaving(a, b));
    },

    get: one,

    /** Saves a new fix; null when its category already holds the most it may. */
    async create(input: QuickFixCreate, writtenBy: string): Promise<StoredQuickFix | null> {
      const id = randomUUID();
      const at = clock.now().toISOString();
      const created = await db.transaction().execute(async (trx) => {
        const held = await trx
          .selectFrom('quick_fixes')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('category', '=', input.category)
          .executeTakeFirstOrThrow();
        if (Number(held.n) >= MAX_QUICK_FIXES_PER_CATEGORY) return false;
        await trx
          .insertInto('quick_fixes')
          .values({
            id,
            category: input.category,
            text: input.text,
            rooms_json: JSON.stringify(input.rooms),
            platforms_json: JSON.stringify(input.platforms),
            written_by: writtenBy,
            created_at: at,
            updated_at: at,
          })
          .execute();
        return true;
      });
      return created ? one(id) : null;
    },

    /**
     * Changes a fix; `full` when it would move into a category that holds the most it may, null
     * when there is no such fix.
     */
    async update(
      id: string,
      change: QuickFixUpdate,
      writtenBy: string,
    ): Promise<StoredQuickFix | 'full' | null> {
      const outcome = await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('quick_fixes')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirst();
        if (!row) return null;
        if (change.category && change.category !== row.category) {
          const held = await trx
            .selectFrom('quick_fixes')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('category', '=', change.category)
            .executeTakeFirstOrThrow();
          if (Number(held.n) >= MAX_QUICK_FIXES_PER_CATEGORY) return 'full' as const;
        }
        await trx
          .updateTable('quick_fixes')
          .set({
            ...(change.category ? { category: change.category } : {}),
            ...(change.text ? { text: change.text } : {}),
            ...(change.rooms ? { rooms_json: JSON.stringify(change.rooms) } : {}),
            ...(change.platforms ? { platforms_json: JSON.stringify(change.platforms) } : {}),
            written_by: writtenBy,
            updated_at: clock.now().toISOString(),
          })
          .where('id', '=', id)
          .execute();
        return 'changed' as const;
      });
      return outcome === 'changed' ? one(id) : outcome;
    },

    /** Deletes a fix; false when there was none. */
    async remove(id: string): Promise<boolean> {
      const result = await db.deleteFrom('quick_fixes').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** Where a computer is, as its fixes are matched; null for a device the hub does not know. */
    async placeOf(deviceId: string): Promise<FixPlace | null> {
      const row = await db
        .selectFrom('devices')
        .select(['room', 'os_json'])
        .where('id', '=', deviceId)
        .executeTakeFirst();
      if (!row) return null;
      const os = row.os_json ? (JSON.parse(row.os_json) as { platform?: unknown }) : null;
      return { room: row.room, platform: typeof os?.platform === 'string' ? os.platform : null };
    },

    /** The fixes of a category that apply at `place`, the most-saving first, at most a handful. */
    async matching(category: HelpCategory, place: FixPlace): Promise<StoredQuickFix[]> {
      const rows = await db
        .selectFrom('quick_fixes')
        .selectAll()
        .where('category', '=', category)
        .execute();
      return rows
        .map(toFix)
        .filter((fix) => fixMatches(fix, place))
        .sort(bySaving)
        .slice(0, QUICK_FIXES_SHOWN);
    },

    async countShown(ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      await db
        .updateTable('quick_fixes')
        .set({ shown_count: sql`shown_count + 1` })
        .where('id', 'in', ids)
        .execute();
    },

    async countSaved(id: string): Promise<void> {
      await db
        .updateTable('quick_fixes')
        .set({ saved_count: sql`saved_count + 1` })
        .where('id', '=', id)
        .execute();
    },
  };
}
