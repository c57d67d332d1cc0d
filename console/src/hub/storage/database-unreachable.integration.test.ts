// A hub whose PostgreSQL cannot be reached says so in words a coordinator can act on: which
// database, which setting, what went wrong, and never the password.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config.ts';
import { openPostgresDatabase } from './postgres-database.ts';

/** A loopback port nothing listens on: taken, then given back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('a PostgreSQL the hub cannot reach', () => {
  it('is named with its address and setting, and the password is not printed', async () => {
    const port = await closedPort();
    const opening = openPostgresDatabase(`postgres://hub:s3cret-word@127.0.0.1:${port}/district`);
    await expect(opening).rejects.toBeInstanceOf(ConfigError);
    const message = await opening.catch((error: unknown) => (error as Error).message);
    expect(message).toMatch(
      new RegExp(
        `^could not use PostgreSQL at 127\\.0\\.0\\.1:${port}/district \\(HANDRAISE_DATABASE_URL\\): .*ECONNREFUSED`,
      ),
    );
    expect(message).not.toContain('s3cret-word');
  });

  it('says how to write a password with @ or # in the address', async () => {
    await expect(openPostgresDatabase('postgres://hub:p@ss#word@db/district')).rejects.toThrow(
      /percent-encoded/,
    );
  });
});
