// The headless agent's command line, run as a real process, without a hub.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCredentials } from './credentials.ts';

const CLI = join(import.meta.dirname, 'cli.ts');

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', CLI, ...args],
      { env: { ...process.env, HANDRAISE_LOG_LEVEL: 'silent' }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A loopback port with nothing listening on it. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('handraise-agent command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handraise-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('explains its usage and refuses unknown commands and options', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(
      'handraise-agent run [--hub URL] [--token-file FILE | --token -]',
    );
    expect(help.stdout).toContain('[--urgent]');
    expect((await cli(['fly'])).stderr).toContain('unknown command: fly');
    const bad = await cli(['run', '--colour']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Unknown option '--colour'");
  });

  it('says what to do when the computer is not enrolled, and keeps a request raised meanwhile', async () => {
    const dataDir = join(dir, 'fresh');
    const run = await cli(['run', '--once', '--data-dir', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not enrolled yet');

    const help = await cli([
      'help',
      'Printer',
      'is',
      'offline',
      '--category',
      'printer',
      '--urgent',
      '--once',
      '--data-dir',
      dataDir,
    ]);
    expect(help.code).toBe(3);
    expect(help.stdout).toContain('not enrolled yet');
    expect((await cli(['status', '--data-dir', dataDir])).stdout).toContain('1 waiting to be sent');
  });

  it('reads the hub and token from a config file, and validates it', async () => {
    const config = join(dir, 'agent.json');
    writeFileSync(
      config,
      JSON.stringify({
        hub: `http://127.0.0.1:${await deadPort()}`,
        token: 'enroll-token-from-file',
      }),
    );
    const unreachable = await cli([
      'run',
      '--once',
      '--config',
      config,
      '--data-dir',
      join(dir, 'cfg'),
    ]);
    expect(unreachable.stderr).toContain('cannot reach the hub at http://127.0.0.1:');
    expect(unreachable.code).toBe(3);

    writeFileSync(config, JSON.stringify({ hub: 'ftp://example', inventoryIntervalHours: -1 }));
    const invalid = await cli([
      'run',
      '--once',
      '--config',
      config,
      '--data-dir',
      join(dir, 'cfg'),
    ]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain(`config file ${config}`);
    expect((await cli(['run', '--config', join(dir, 'missing.json')])).stderr).toContain(
      'config file not found',
    );
  });

  it('with --once, exits 3 when the hub cannot be reached in time, and keeps the request', async () => {
    const dataDir = join(dir, 'enrolled');
    writeCredentials(join(dataDir, 'credentials.json'), {
      hub: `http://127.0.0.1:${await deadPort()}`,
      deviceId: crypto.randomUUID(),
      secret: 's'.repeat(43),
    });
    const help = await cli([
      'help',
      'No sound',
      '--category',
      'sound-screen',
      '--once',
      '--timeout',
      '1',
      '--data-dir',
      dataDir,
    ]);
    expect(help.code).toBe(3);
    expect(help.stdout).toContain('Saved — it will be sent when the school network is back.');
    const run = await cli(['run', '--once', '--timeout', '1', '--data-dir', dataDir]);
    expect(run.code).toBe(3);
    expect((await cli(['status', '--data-dir', dataDir])).stdout).toContain(
      '1 waiting to be sent, 0 delivered',
    );
  });

  it('refuses bad help input before saving anything', async () => {
    const dataDir = join(dir, 'bad-help');
    expect(
      (await cli(['help', 'x', '--category', 'teleport', '--data-dir', dataDir])).stderr,
    ).toContain('unknown category');
    const tooLong = await cli(['help', 'x'.repeat(5_000), '--data-dir', dataDir]);
    expect(tooLong.code).toBe(1);
    expect(tooLong.stderr).toContain(
      'cannot send this request: the text is too long (5,000 characters; the limit is 4,000). Shorten it.',
    );
    const photo = join(dir, 'photo.jpg');
    writeFileSync(photo, '');
    // Sparse: only its size is read before it is refused.
    truncateSync(photo, 37_531_377);
    const tooBig = await cli(['help', 'x', '--screenshot', photo, '--data-dir', dataDir]);
    expect(tooBig.code).toBe(1);
    const badTimeout = await cli(['help', 'x', '--timeout', '0', '--data-dir', dataDir]);
    expect(badTimeout.code).toBe(1);
    expect(badTimeout.stderr).toContain('--timeout takes a positive number of seconds');
    expect(tooBig.stderr).toBe(
      'handraise-agent: The picture is too big to send (36 MB; the limit is 4 MB). Send it without the picture, or take a smaller one.\n',
    );
    expect(
      (await cli(['help', 'x', '--screenshot', join(dir, 'nope.png'), '--data-dir', dataDir]))
        .stderr,
    ).toContain('cannot read the screenshot file');
    expect((await cli(['status', '--data-dir', dataDir])).stdout).toContain(
      '0 waiting to be sent, 0 delivered',
    );
  });
});
