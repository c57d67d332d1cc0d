// Limits of the local channel, on a real socket: a local account that opens connection after
// connection is refused beyond its share while another account still gets in, and connections
// that never prove who they are cannot crowd out a tray: the oldest is closed to admit a new one,
// and the warnings this causes are written once a minute, not once each.
// On Windows the proof folder gets its ACL before the service listens.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ChannelError,
  connectToService,
  type ServiceConnection,
} from '../../src/core/local-channel/channel-client.ts';
import {
  MAX_CONNECTIONS_PER_ACCOUNT,
  MAX_UNPROVEN_CONNECTIONS,
  MAX_UNPROVEN_FRAME_BYTES,
  PROOF_DEADLINE_MS,
} from '../../src/core/local-channel/channel-server.ts';
import { identifyUnixPeer } from '../../src/core/local-channel/peer-identity.ts';
import { writeProof } from '../../src/core/local-channel/peer-proof.ts';
import { proofFolderFor } from '../../src/core/local-channel/channel-paths.ts';
import { ProofFolderAclError } from '../../src/core/local-channel/windows-proof-acl.ts';
import { startService } from '../../src/core/service/service-run.ts';
import {
  rawConnection,
  startChannelFixture,
  type ChannelFixture,
  type RawConnection,
} from './support/channel-fixture.ts';

let fixture: ChannelFixture | null = null;
const open: { close(): void }[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const connection of open.splice(0)) connection.close();
  await fixture?.close();
  fixture = null;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Account = { id: string; name: string };

/** A server where each client's account is the one its proof was written for (see local-channel test). */
async function serverWithAccounts(
  limits: { perAccount: number; unproven: number },
  logger?: pino.Logger,
) {
  const accounts = new Map<string, Account>();
  fixture = await startChannelFixture({
    limits,
    ...(logger ? { logger } : {}),
    identify: async (folder, nonce, issuedAt) => {
      const proven = await identifyUnixPeer(folder, nonce, issuedAt);
      return accounts.get(nonce) ?? proven;
    },
  });
  const path = fixture.socketPath;
  const connectAs = async (account: Account): Promise<ServiceConnection> => {
    const connection = await connectToService({
      path,
      writeProof: (folder, nonce) => {
        accounts.set(nonce, account);
        writeProof(folder, nonce);
      },
    });
    open.push(connection);
    return connection;
  };
  return { connectAs };
}

const ana = { id: '2001', name: 'ana' };
const ben = { id: '2002', name: 'ben' };

/** A raw connection that never proves anything; resolves with its first frame. */
async function unproven(
  path: string,
): Promise<{ raw: RawConnection; first: Record<string, unknown> }> {
  const raw = rawConnection(path);
  open.push({ close: () => raw.socket.destroy() });
  return { raw, first: await raw.next() };
}

describe.runIf(process.platform !== 'win32')('local channel limits', () => {
  it('has caps a tray never reaches and a flood does', () => {
    expect(MAX_CONNECTIONS_PER_ACCOUNT).toBe(8);
    expect(MAX_UNPROVEN_CONNECTIONS).toBe(32);
    expect(PROOF_DEADLINE_MS).toBe(3_000);
    expect(MAX_UNPROVEN_FRAME_BYTES).toBe(4 * 1024);
  });

  it('refuses an account beyond its connections while another account still gets in', async () => {
    const { connectAs } = await serverWithAccounts({ perAccount: 3, unproven: 32 });
    const anas = [await connectAs(ana), await connectAs(ana), await connectAs(ana)];
    const refused = await connectAs(ana).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ChannelError);
    expect((refused as ChannelError).code).toBe('too-many-connections');

    // Ben is not held back by Ana's connections.
    const bens = await connectAs(ben);
    expect(bens.account).toEqual(ben);
    expect(await bens.call('list', {})).toEqual([]);
    // Ana's own connections still work: the refusal changed nothing for them.
    for (const connection of anas) expect(await connection.call('list', {})).toEqual([]);

    // A place given back can be taken again.
    anas[0]!.close();
    let again: ServiceConnection | null = null;
    for (let attempt = 0; attempt < 40 && !again; attempt += 1) {
      again = await connectAs(ana).catch(async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        return null;
      });
    }
    expect(again?.account).toEqual(ana);
  });

  it('closes the oldest unproven connection to admit a new one, so hoarders never lock a tray out', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
          lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const { connectAs } = await serverWithAccounts({ perAccount: 8, unproven: 3 }, pino(sink));
    const proven = await connectAs(ben);
    const hoarded = [];
    for (let i = 0; i < 3; i += 1) {
      const { raw, first } = await unproven(fixture!.socketPath);
      expect(first.type).toBe('challenge');
      hoarded.push(raw);
    }
    // A fourth is admitted; the oldest hoarder is told why and closed.
    const { first } = await unproven(fixture!.socketPath);
    expect(first.type).toBe('challenge');
    expect(await hoarded[0]!.next()).toMatchObject({
      type: 'error',
      error: 'too-many-connections',
    });
    await hoarded[0]!.closed;

    // A tray proves and is served while the unproven places are all taken, again and again.
    for (let i = 0; i < 5; i += 1) {
      const tray = await connectAs(ana);
      expect(await tray.call('list', {})).toEqual([]);
      tray.close();
    }
    // A proven connection holds no unproven place, and keeps working.
    expect(await proven.call('list', {})).toEqual([]);

    // Many evictions, one warning line (with its count) until a minute has passed.
    for (let i = 0; i < 10; i += 1) await unproven(fixture!.socketPath);
    const evictions = lines.filter((line) => String(line.msg).includes('oldest local connection'));
    expect(evictions).toHaveLength(1);
    expect(evictions[0]!.count).toBe(1);
  });
});

describe.runIf(process.platform !== 'win32')('the service on Windows rules', () => {
  let originalPath: string | undefined;
  afterEach(() => {
    if (originalPath !== undefined) process.env.PATH = originalPath;
    originalPath = undefined;
  });

  /** A stand-in icacls on PATH that logs its arguments and whether the socket was there yet. */
  function standInIcacls(dir: string, socket: string, code: number) {
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'icacls'),
      `#!/bin/sh\n[ -e "${socket}" ] && echo "listening already" >> "${dir}/icacls.log"\nprintf '%s\\n' "$*" >> "${dir}/icacls.log"\nexit ${code}\n`,
    );
    chmodSync(join(bin, 'icacls'), 0o755);
    originalPath = process.env.PATH;
    process.env.PATH = `${bin}${delimiter}${originalPath ?? ''}`;
  }

  function serviceDir() {
    const dir = mkdtempSync(join(tmpdir(), 'handraise-service-acl-'));
    dirs.push(dir);
    return { dir, socket: join(dir, 'run', 'agent.sock') };
  }

  it('secures the proof folder with icacls before it listens', async () => {
    const { dir, socket } = serviceDir();
    standInIcacls(dir, socket, 0);
    const service = await startService({
      dataDir: join(dir, 'data'),
      logger: pino({ level: 'silent' }),
      channelPath: socket,
      platform: 'win32',
    });
    await service.close();
    const proofs = proofFolderFor(socket);
    expect(readFileSync(join(dir, 'icacls.log'), 'utf8').trim().split('\n')).toEqual([
      `${proofs} /setowner *S-1-5-18 /Q`,
      `${proofs} /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(WD) *S-1-3-0:(OI)(IO)M /Q`,
    ]);
  });

  it('does not listen when the ACL cannot be set', async () => {
    const { dir, socket } = serviceDir();
    standInIcacls(dir, socket, 5);
    const starting = startService({
      dataDir: join(dir, 'data'),
      logger: pino({ level: 'silent' }),
      channelPath: socket,
      platform: 'win32',
    });
    await expect(starting).rejects.toBeInstanceOf(ProofFolderAclError);
    await expect(starting).rejects.toThrow(/icacls could not secure the proof folder/);
    expect(existsSync(socket)).toBe(false);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });
});
