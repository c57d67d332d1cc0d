// Test hubs on PostgreSQL: when the `postgres` test project runs, every test hub gets a database of
// its own, copied from a template the global setup migrated once, and dropped when the hub closes.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Set by the global setup: the private cluster's address (its maintenance database). */
export const TEST_POSTGRES_URL_ENV = 'HANDRAISE_TEST_POSTGRES_URL';
/**
 * Set to `postgres` by the `postgres` project alone. The cluster's address reaches every test
 * process of the run (the global setup sets it before any starts), so it alone must not move the
 * other projects' hubs off SQLite.
 */
export const TEST_STORAGE_ENV = 'HANDRAISE_TEST_STORAGE';
/** The migrated database every test database is copied from. */
export const TEMPLATE_DATABASE = 'handraise_template';

/** A fresh database for one test hub, or null when tests run on SQLite (every other project). */
export async function createTestDatabase(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ url: string; drop(): Promise<void> } | null> {
  if (env[TEST_STORAGE_ENV] !== 'postgres') return null;
  const admin = env[TEST_POSTGRES_URL_ENV];
  if (!admin)
    throw new Error(
      `${TEST_POSTGRES_URL_ENV} is not set: the postgres project's setup did not run`,
    );
  const name = `hub_${randomBytes(6).toString('hex')}`;
  await onCluster(admin, async (client) => {
    // Two copies started at the same moment may find the template busy: a short retry.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
      }
    }
  });
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: () =>
      onCluster(admin, (client) =>
        client.query(`drop database if exists ${name} with (force)`).then(() => undefined),
      ),
  };
}

async function onCluster<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
