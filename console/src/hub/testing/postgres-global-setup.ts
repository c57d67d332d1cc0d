// Global setup of the `postgres` test project: one private cluster for the whole run, with the
// hub's schema migrated once into a template database that each test hub copies.
import pg from 'pg';
import { openPostgresDatabase } from '../storage/postgres-database.ts';
import { startPostgresCluster } from './postgres-cluster.ts';
import { TEMPLATE_DATABASE, TEST_POSTGRES_URL_ENV } from './postgres-test-databases.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const cluster = await startPostgresCluster({ fast: true });
  const client = new pg.Client({ connectionString: cluster.url() });
  await client.connect();
  await client.query(`create database ${TEMPLATE_DATABASE}`);
  await client.end();
  const template = await openPostgresDatabase(cluster.url(TEMPLATE_DATABASE));
  await template.close();
  // Test processes start after this and inherit it.
  process.env[TEST_POSTGRES_URL_ENV] = cluster.url();
  return () => cluster.stop();
}
