// Test support for the privacy routes: computers of one room that can be reconnected with their
// own credentials, a request with a picture and a conversation, and a scan of every table of the
// hub's database for what must be gone.
import { sql, type Kysely } from 'kysely';
import type { DeviceSnapshot, Enrolled, EnrollmentTokenCreated } from '@handraise/shared';
import type { Database } from '../storage/schema.ts';
import { raiseHand } from '../testing/raise-hand.ts';
import { fullReport, sampleJpeg, sampleSections } from '../testing/sample-inventory.ts';
import { SERIAL } from '../testing/school.ts';
import type { AgentClient, ConsoleClient, TestHub } from '../testing/test-hub.ts';

export const SNAPSHOT: DeviceSnapshot = { softwareCount: 212, updatesCount: 3 };

export type Computer = Enrolled & { agent: AgentClient; hostname: string };

/** A computer enrolled into `room` that has reported its inventory, serial and all. */
export async function reportingComputer(
  t: TestHub,
  admin: string,
  hostname: string,
  room: string,
): Promise<Computer> {
  const token = await t.http<EnrollmentTokenCreated>('/api/enrollment-tokens', {
    token: admin,
    body: { room },
  });
  if (!token.body.ok) throw new Error(token.body.error);
  const enrolled = await t.enroll(hostname, token.body.data.token);
  const agent = await t.connectAgent(enrolled);
  const base = sampleSections();
  const stored = await agent.emitWithAck(
    'inventory:report',
    fullReport(
      sampleSections({
        os: { ...base.os, hostname },
        hardware: { ...base.hardware, serial: SERIAL },
      }),
    ),
  );
  if (!stored.ok) throw new Error(stored.error);
  return { ...enrolled, agent, hostname };
}

/** A request with a picture and a snapshot, claimed by the coordinator, who writes back once. */
export async function askedAndAnswered(
  computer: Computer,
  coordinator: ConsoleClient,
  text: string,
  requester: string,
): Promise<string> {
  const requestId = await raiseHand(computer.agent, {
    category: 'printer',
    text,
    requester,
    screenshot: sampleJpeg(),
    snapshot: SNAPSHOT,
  });
  const claimed = await coordinator.emitWithAck('request:claim', { requestId });
  if (!claimed.ok) throw new Error(claimed.error);
  const wrote = await coordinator.emitWithAck('request:message', {
    requestId,
    text: `On my way about: ${text}`,
  });
  if (!wrote.ok) throw new Error(wrote.error);
  return requestId;
}

/** Every user table of the hub's database (the database's own and the migrator's left out). */
async function tableNames(db: Kysely<Database>): Promise<string[]> {
  const tables = (await db.introspection.getTables()).map((table) => table.name);
  // The hubs' message table (PostgreSQL) holds what hubs tell each other, not the school's data.
  return tables
    .filter((name) => !name.startsWith('kysely_') && name !== 'socket_io_attachments')
    .sort();
}

/**
 * Where any of `needles` still appears, as `table.column`, in every text cell of every table:
 * a deletion that left a line anywhere (a table added later included) shows up here.
 */
export async function whereStillFound(
  db: Kysely<Database>,
  needles: readonly string[],
): Promise<string[]> {
  const found: string[] = [];
  for (const table of await tableNames(db)) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    for (const row of rows.rows)
      for (const [column, value] of Object.entries(row))
        if (typeof value === 'string' && needles.some((needle) => value.includes(needle)))
          found.push(`${table}.${column}`);
  }
  return [...new Set(found)].sort();
}

/** Row counts of every table: a refused call must leave all of them as they were. */
export async function tableCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tableNames(db)) {
    const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    counts[table] = Number(row.rows[0]?.n ?? 0);
  }
  return counts;
}
