import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { AdvisorProfile, AdvisorScope, DutyPeriod, Role, User } from '@handraise/shared';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { hashSecret, newSecret } from '../auth/tokens.ts';
import type { Clock } from '../clock.ts';
import type { Database, UsersTable } from './schema.ts';

/** Sessions last a school week; the console renews by logging in again. */
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The columns a User is made of (never the password hash). */
export const USER_COLUMNS = [
  'users.id',
  'users.username',
  'users.display_name',
  'users.role',
  'users.created_at',
  'users.on_duty',
  'users.advisor_kind',
  'users.advisor_scope_json',
  'users.advisor_skills_json',
  'users.advisor_timetable_json',
] as const;
type UserColumns = Pick<
  Selectable<UsersTable>,
  | 'id'
  | 'username'
  | 'display_name'
  | 'role'
  | 'created_at'
  | 'on_duty'
  | 'advisor_kind'
  | 'advisor_scope_json'
  | 'advisor_skills_json'
  | 'advisor_timetable_json'
>;

/** A users row as the API shows it. */
export function toUser(row: UserColumns): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    createdAt: row.created_at,
    onDuty: row.on_duty === 1,
    advisor: advisorOf(row),
  };
}

/** The advisor's profile of a users row; null for a coordinator. */
function advisorOf(row: UserColumns): AdvisorProfile | null {
  if (row.role !== 'advisor' || row.advisor_kind === null) return null;
  return {
    kind: row.advisor_kind,
    scope: row.advisor_scope_json
      ? (JSON.parse(row.advisor_scope_json) as AdvisorScope)
      : { sites: [], rooms: [] },
    skills: row.advisor_skills_json ? (JSON.parse(row.advisor_skills_json) as string[]) : [],
    timetable: row.advisor_timetable_json
      ? (JSON.parse(row.advisor_timetable_json) as DutyPeriod[])
      : [],
  };
}

/** The columns an advisor's profile is stored in; all null for a coordinator. */
export function advisorColumns(profile: AdvisorProfile | null) {
  return {
    advisor_kind: profile?.kind ?? null,
    advisor_scope_json: profile ? JSON.stringify(profile.scope) : null,
    advisor_skills_json: profile ? JSON.stringify(profile.skills) : null,
    advisor_timetable_json: profile ? JSON.stringify(profile.timetable) : null,
  };
}

/** A signed-in session: whose, which (by the token's hash), and until when. */
export type Session = { user: User; tokenHash: string; expiresAt: string };

export type UsersStore = ReturnType<typeof createUsersStore>;

/** An account to create; without a display name it shows its username. */
export type NewAccount = {
  username: string;
  password: string;
  role: Role;
  displayName?: string | undefined;
  /** Required for an advisor, absent for a coordinator. */
  advisor?: AdvisorProfile | undefined;
};

/** People, their passwords and their sessions. */
export function createUsersStore(db: Kysely<Database>, clock: Clock) {
  const newUserRow = async (input: NewAccount) => ({
    id: randomUUID(),
    username: input.username.toLowerCase(),
    display_name: input.displayName ?? input.username,
    role: input.role,
    password_hash: await hashPassword(input.password),
    created_at: clock.now().toISOString(),
    on_duty: 0,
    ...advisorColumns(input.role === 'advisor' ? (input.advisor ?? null) : null),
  });
  // A real hash of a random password with the same parameters, made once at start: an unknown
  // username costs the same scrypt work as a known one, so response time cannot tell them apart.
  const dummyHash = hashPassword(newSecret());

  /** Live sessions only: unexpired, of an account that is neither disabled nor deleted. */
  const liveSessions = () =>
    db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .where('sessions.expires_at', '>', clock.now().toISOString())
      .where('users.disabled_at', 'is', null)
      .where('users.deleted_at', 'is', null);

  /** The live session a bearer token opens, or null (unknown, expired, account disabled). */
  const sessionForToken = async (token: string): Promise<Session | null> => {
    const tokenHash = hashSecret(token);
    const row = await liveSessions()
      .select([...USER_COLUMNS, 'sessions.expires_at'])
      .where('sessions.token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row ? { user: toUser(row), tokenHash, expiresAt: row.expires_at } : null;
  };

  return {
    sessionForToken,

    /** How many accounts were ever made (deleted ones too: setup happens once). */
    async count(): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async create(input: NewAccount): Promise<User> {
      const row = await newUserRow(input);
      await db.insertInto('users').values(row).execute();
      return toUser(row);
    },

    /**
     * The first account, only while there is none (deleted ones count): null once one exists.
     * The check and the insert share one transaction, and SQLite runs one transaction at a time,
     * so set-ups arriving together create exactly one account.
     */
    async createFirst(input: NewAccount): Promise<User | null> {
      // Hashed outside the transaction: scrypt takes ~50 ms that the database need not wait for.
      const row = await newUserRow(input);
      return db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
        if (existing) return null;
        await trx.insertInto('users').values(row).execute();
        return toUser(row);
      });
    },

    /**
     * The user for a username and password, or null. Unknown usernames and disabled accounts take
     * the same scrypt work and get the same null as a wrong password.
     */
    async verify(username: string, password: string): Promise<User | null> {
      const row = await db
        .selectFrom('users')
        .select([...USER_COLUMNS, 'users.password_hash', 'users.disabled_at'])
        .where('username', '=', username.toLowerCase())
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      const matches = await verifyPassword(password, row?.password_hash ?? (await dummyHash));
      return row && matches && row.disabled_at === null ? toUser(row) : null;
    },

    async createSession(userId: string): Promise<{ token: string; expiresAt: string }> {
      const token = newSecret();
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
      await db
        .insertInto('sessions')
        .values({
          token_hash: hashSecret(token),
          user_id: userId,
          created_at: now.toISOString(),
          expires_at: expiresAt,
        })
        .execute();
      return { token, expiresAt };
    },

    /** The user a bearer token belongs to, or null if unknown, expired or disabled. */
    async userForToken(token: string): Promise<User | null> {
      return (await sessionForToken(token))?.user ?? null;
    },

    /** Whether a session (by its token's hash) still opens the console. */
    async isLive(tokenHash: string): Promise<boolean> {
      const row = await liveSessions()
        .select('sessions.token_hash')
        .where('sessions.token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Forgets one session; its token hash, for telling open sockets. */
    async deleteSession(token: string): Promise<string> {
      const tokenHash = hashSecret(token);
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
      return tokenHash;
    },
  };
}
