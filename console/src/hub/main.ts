import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadHubConfig } from './config.ts';
import { migrateFromSqlite } from './storage/migrate-from-sqlite.ts';
import { createHub } from './create-hub.ts';
import { describeDatabase } from './storage/database.ts';
import { runUntilSignal } from './run-until-signal.ts';
import { startupFailureMessage } from './startup-failure.ts';

/**
 * `npm run hub -- --migrate-from-sqlite FILE`: copies a school's SQLite database into the empty
 * PostgreSQL database HANDRAISE_DATABASE_URL names, and prints each table's count.
 */
async function migrateCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { 'migrate-from-sqlite': { type: 'string' } },
    strict: true,
  });
  const file = values['migrate-from-sqlite'];
  const url = process.env.HANDRAISE_DATABASE_URL;
  if (!file) throw new ConfigError('--migrate-from-sqlite needs the SQLite file to copy');
  if (!url)
    throw new ConfigError(
      'set HANDRAISE_DATABASE_URL to the PostgreSQL database to copy into (postgres://user:password@host:5432/handraise)',
    );
  // SQLite removes its log when the last connection closes the file cleanly: one beside it means
  // a hub may have it open now. The copy takes what is there, log included; what a running hub
  // stores afterwards stays behind.
  if (existsSync(`${file}-wal`))
    process.stdout.write(
      `Handraise hub: ${file}-wal is beside it: if the school's hub still runs, stop it first, or what it stores from now on stays behind\n`,
    );
  const counts = await migrateFromSqlite(file, url);
  for (const { table, rows } of counts)
    process.stdout.write(`${table.padEnd(28)} ${String(rows).padStart(9)} rows\n`);
  const total = counts.reduce((sum, { rows }) => sum + rows, 0);
  process.stdout.write(
    `Handraise hub: copied ${total} rows of ${counts.length} tables from ${file} into ${describeDatabase({ dataDir: '', databaseUrl: url })}; every count matches\n`,
  );
}

/** `npm run hub`: the hub alone, for a server or a district machine. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.some((arg) => arg.startsWith('--migrate-from-sqlite'))) return migrateCommand(argv);
  const config = loadHubConfig(argv);
  const hub = await createHub({ config });
  // Listen for SIGTERM before announcing the address: whoever reads the line may stop us at once.
  const stopped = runUntilSignal(hub);
  process.stdout.write(
    `Handraise hub: console and API at ${hub.url} (data in ${describeDatabase(config)})\n`,
  );
  // What agents pin: coordinators compare it with an enrolled computer's, or put it in installers.
  if (hub.certificate) {
    process.stdout.write(`Handraise hub: certificate fingerprint ${hub.certificate.fingerprint}\n`);
  }
  await stopped;
}

main().catch((error: unknown) => {
  process.stderr.write(`Handraise hub: ${startupFailureMessage(error)}\n`);
  process.exitCode = 1;
});
