// The local channel on a real Unix socket in process: a tray client proves who it is and asks for
// help; misuse (a forged nonce, a symlinked or borrowed proof, an oversize or malformed frame, a
// call before the proof, another account's request) is refused and changes nothing.
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import pino from 'pino';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChannelError, connectToService } from '../../src/core/local-channel/channel-client.ts';
import { writeProof } from '../../src/core/local-channel/peer-proof.ts';
import { MAX_FRAME_BYTES } from '../../src/core/local-channel/frame-reader.ts';
import {
  MAX_UNPROVEN_FRAME_BYTES,
  startChannelServer,
} from '../../src/core/local-channel/channel-server.ts';
import { chooseTrayRuntime } from '../../src/tray/service-runtime.ts';
import { sampleJpeg } from '../../../console/src/hub/testing/sample-inventory.ts';
import { until } from '../support/until.ts';
import { identifyUnixPeer } from '../../src/core/local-channel/peer-identity.ts';
import {
  startChannelFixture,
  rawConnection,
  type ChannelFixture,
} from './support/channel-fixture.ts';

const myUid = String(process.getuid!());
let fixture: ChannelFixture | null = null;
afterEach(async () => {
  await fixture?.close();
  fixture = null;
});

/** Raw connection up to the challenge; returns it and the nonce. */
async function challenged(path: string) {
  const raw = rawConnection(path);
  const challenge = await raw.next();
  expect(challenge.type).toBe('challenge');
  return { raw, nonce: challenge.nonce as string, proofs: challenge.proofs as string };
}

describe.runIf(process.platform !== 'win32')('the local channel', () => {
  it('proves the client’s account by the proof file’s owner and serves its requests', async () => {
    fixture = await startChannelFixture();
    const client = await connectToService({ path: fixture.socketPath });
    expect(client.account.id).toBe(myUid);
    expect(client.account.name.length).toBeGreaterThan(0);

    const made = (await client.call('ask', { category: 'printer', text: 'Jammed again' })) as {
      key: string;
      state: string;
    };
    expect(made.state).toBe('saved');
    // Stored with its verified owner, and the name goes to the hub with the request.
    const item = fixture.store.get(made.key)!;
    expect(item.localAccountId).toBe(myUid);
    expect(item.kind === 'help:create' && item.payload.localAccount).toBe(client.account.name);
    const listed = (await client.call('list', {})) as { key: string }[];
    expect(listed.map((r) => r.key)).toEqual([made.key]);
    // The proof served once: nothing is left in the folder.
    expect(() => writeProof(fixture!.proofs, 'a'.repeat(64))).not.toThrow();
    client.close();
  });

  it('pushes a new request to its own account only', async () => {
    const accounts = new Map<string, { id: string; name: string }>();
    fixture = await startChannelFixture({
      // Two accounts in one process: who is who comes from the proof's content here.
      identify: async (folder, nonce, issuedAt) => {
        const proven = await identifyUnixPeer(folder, nonce, issuedAt);
        return accounts.get(nonce) ?? proven;
      },
    });
    const proofAs = (account: { id: string; name: string }) => (folder: string, nonce: string) => {
      accounts.set(nonce, account);
      writeProof(folder, nonce);
    };
    const ana = await connectToService({
      path: fixture.socketPath,
      writeProof: proofAs({ id: '2001', name: 'ana' }),
    });
    const ben = await connectToService({
      path: fixture.socketPath,
      writeProof: proofAs({ id: '2002', name: 'ben' }),
    });
    const benSaw: unknown[] = [];
    ben.onEvent((event) => benSaw.push(event));
    const anaSaw: unknown[] = [];
    const anaHeard = new Promise<void>((resolve) =>
      ana.onEvent((event) => {
        anaSaw.push(event);
        resolve();
      }),
    );
    await ana.call('ask', { category: 'app', text: 'Word crashes' });
    await anaHeard;
    // Ben's tray is told its own list, which is still empty.
    await ben.call('state', {});
    expect(anaSaw).toContainEqual(
      expect.objectContaining({
        type: 'requests',
        requests: [expect.objectContaining({ text: 'Word crashes' })],
      }),
    );
    expect(benSaw).toEqual([{ type: 'requests', requests: [] }]);
    expect(await ben.call('list', {})).toEqual([]);
    ana.close();
    ben.close();
  });

  it('refuses a proof for another nonce, and closes that connection', async () => {
    fixture = await startChannelFixture();
    const { raw, proofs } = await challenged(fixture.socketPath);
    const forged = 'b'.repeat(64);
    writeProof(proofs, forged);
    raw.send({ type: 'prove', nonce: forged });
    expect(await raw.next()).toMatchObject({ type: 'error', error: 'forbidden' });
    await raw.closed;
  });

  it('refuses a symbolic link as the proof', async () => {
    fixture = await startChannelFixture();
    const { raw, nonce, proofs } = await challenged(fixture.socketPath);
    const elsewhere = join(fixture.dir, 'someone-elses-file');
    writeFileSync(elsewhere, nonce);
    symlinkSync(elsewhere, join(proofs, nonce));
    raw.send({ type: 'prove', nonce });
    expect(await raw.next()).toMatchObject({ type: 'error', error: 'forbidden' });
    await raw.closed;
  });

  it('refuses a hard link lending the proof another file', async () => {
    fixture = await startChannelFixture();
    const { raw, nonce, proofs } = await challenged(fixture.socketPath);
    const elsewhere = join(fixture.dir, 'run', 'borrowed');
    writeFileSync(elsewhere, nonce);
    linkSync(elsewhere, join(proofs, nonce));
    raw.send({ type: 'prove', nonce });
    expect(await raw.next()).toMatchObject({ type: 'error', error: 'forbidden' });
    await raw.closed;
  });

  it('refuses a client claiming another account than its proof file’s owner', async () => {
    fixture = await startChannelFixture();
    const claiming = connectToService({ path: fixture.socketPath, claimedId: '65534' });
    await expect(claiming).rejects.toMatchObject({ code: 'forbidden' });
    expect(fixture.store.all()).toEqual([]);
  });

  it('refuses calls before the proof', async () => {
    fixture = await startChannelFixture();
    const { raw } = await challenged(fixture.socketPath);
    raw.send({ type: 'call', id: 1, method: 'list', params: {} });
    expect(await raw.next()).toMatchObject({ type: 'error', error: 'unauthenticated' });
    await raw.closed;
  });

  it('carries the tray’s screenshot byte for byte into the outbox', async () => {
    fixture = await startChannelFixture();
    const client = await connectToService({ path: fixture.socketPath });
    const picture = sampleJpeg(200_000);
    const made = (await client.call('ask', {
      category: 'sound-screen',
      text: 'The screen flickers',
      screenshot: picture.toString('base64'),
    })) as { key: string; hasScreenshot: boolean };
    expect(made.hasScreenshot).toBe(true);
    const item = fixture.store.get(made.key)!;
    expect(item.kind === 'help:create' && Buffer.compare(item.payload.screenshot!, picture)).toBe(
      0,
    );
    client.close();
  });

  it('closes a connection that sends an oversize frame, and only that one', async () => {
    fixture = await startChannelFixture();
    const bystander = await connectToService({ path: fixture.socketPath });
    const { raw } = await challenged(fixture.socketPath);
    // One byte past the cap, with no line end: refused before it is held whole.
    raw.sendText('x'.repeat(MAX_FRAME_BYTES + 1));
    expect(await raw.next()).toMatchObject({ type: 'error', error: 'frame-too-large' });
    await raw.closed;
    expect(await bystander.call('list', {})).toEqual([]);
    bystander.close();
  });

  it('closes a connection that sends a frame that is not JSON', async () => {
    fixture = await startChannelFixture();
    const { raw } = await challenged(fixture.socketPath);
    raw.sendText('{"type": "prove", nonce\n');
    expect(await raw.next()).toMatchObject({ type: 'error', error: 'bad-frame' });
    await raw.closed;
  });

  it('answers bad parameters with bad-request and keeps the connection', async () => {
    fixture = await startChannelFixture();
    const client = await connectToService({ path: fixture.socketPath });
    await expect(
      client.call('ask', { category: 'not-a-category', text: 'x' } as never),
    ).rejects.toMatchObject({ code: 'bad-request' });
    expect(fixture.store.all()).toEqual([]);
    expect(await client.call('list', {})).toEqual([]);
    client.close();
  });

  it('refuses a folder as the proof, and goes on serving others, whether the client proves or leaves', async () => {
    fixture = await startChannelFixture();
    // Proving with a folder in the proof's place: refused, that connection only.
    const proving = await challenged(fixture.socketPath);
    mkdirSync(join(proving.proofs, proving.nonce));
    proving.raw.send({ type: 'prove', nonce: proving.nonce });
    expect(await proving.raw.next()).toMatchObject({ type: 'error', error: 'forbidden' });
    await proving.raw.closed;
    // Leaving with a folder (one with something in it, so it cannot be removed) in its place.
    const leaving = await challenged(fixture.socketPath);
    mkdirSync(join(leaving.proofs, leaving.nonce));
    writeFileSync(join(leaving.proofs, leaving.nonce, 'keep'), 'x');
    leaving.raw.socket.destroy();
    await leaving.raw.closed;
    // And one that is empty: removed like a file would be.
    const emptied = await challenged(fixture.socketPath);
    mkdirSync(join(emptied.proofs, emptied.nonce));
    emptied.raw.socket.destroy();
    await until(() => !existsSync(join(emptied.proofs, emptied.nonce)), 'the empty folder to go');

    const client = await connectToService({ path: fixture.socketPath });
    expect(client.account.id).toBe(myUid);
    expect(await client.call('list', {})).toEqual([]);
    client.close();
  });

  it('refuses a frame longer than a proof before the connection is proven', async () => {
    fixture = await startChannelFixture();
    const { raw } = await challenged(fixture.socketPath);
    raw.sendText('x'.repeat(MAX_UNPROVEN_FRAME_BYTES + 1));
    expect(await raw.next()).toMatchObject({ type: 'error', error: 'frame-too-large' });
    await raw.closed;
  });

  it('refuses an ask beyond the requests the account has waiting, saving nothing', async () => {
    fixture = await startChannelFixture();
    const client = await connectToService({ path: fixture.socketPath });
    for (let i = 0; i < 3; i += 1) await client.call('ask', { category: 'other', text: `n${i}` });
    const refusal = await client.call('ask', { category: 'other', text: 'one more' }).then(
      () => null,
      (error: unknown) => error as ChannelError,
    );
    expect(refusal).toBeInstanceOf(ChannelError);
    expect(refusal!.code).toBe('too-many-waiting');
    expect(refusal!.message).toMatch(/^You have 3 requests waiting to be sent\./);
    expect(fixture.store.all()).toHaveLength(3);
    client.close();
  });

  it('removes the proof file of a client that leaves before proving', async () => {
    fixture = await startChannelFixture();
    const { raw, nonce, proofs } = await challenged(fixture.socketPath);
    writeProof(proofs, nonce);
    raw.socket.destroy();
    await until(() => !existsSync(join(proofs, nonce)), 'the proof file to be removed');
  });

  it('a tray starting while the service starts waits for it instead of running its own core', async () => {
    fixture = await startChannelFixture();
    const path = fixture.socketPath;
    await fixture.server.close();
    // A socket that accepts and never answers: the service still starting.
    const silentService = createServer(() => undefined);
    await new Promise<void>((resolve) => silentService.listen(path, resolve));
    const choosing = chooseTrayRuntime({
      dataDir: join(fixture.dir, 'own'),
      logger: pino({ level: 'silent' }),
      channelPath: path,
      probeMs: 200,
      startingWaitMs: 20_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await new Promise<void>((resolve) => silentService.close(() => resolve()));
    const store = fixture.store;
    fixture.server = await startChannelServer({
      path,
      proofs: fixture.proofs,
      backend: {
        desk: fixture.desk,
        quickFixes: { fixes: async () => null, fixWorked: async () => false },
        facts: () => ({
          hub: 'https://hub.school.lan:7300',
          enrolled: true,
          inventoryEveryHours: 4,
        }),
      },
      logger: pino({ level: 'silent' }),
    });
    const tray = await choosing;
    try {
      expect(tray.mode).toBe('service');
      expect(tray.about(null)).toMatchObject({
        hub: 'https://hub.school.lan:7300',
        enrolled: true,
      });
      await tray.desk.ask({ category: 'other', text: 'Through the service' });
      expect(store.all()).toHaveLength(1);
    } finally {
      tray.close();
    }
  });

  it('a tray on a computer whose service is installed but stopped waits for it, offline, and never runs its own core', async () => {
    fixture = await startChannelFixture();
    const path = fixture.socketPath;
    await fixture.server.close();
    const tray = await chooseTrayRuntime({
      dataDir: join(fixture.dir, 'own'),
      logger: pino({ level: 'silent' }),
      channelPath: path,
      probeMs: 100,
      startingWaitMs: 0,
      reconnectMs: 100,
      serviceInstalled: () => true,
    });
    try {
      expect(tray.mode).toBe('service');
      expect(tray.desk.connection()).toBe('offline');
      // Nothing is saved where no one would send it: the window keeps the text and says so.
      await expect(tray.desk.ask({ category: 'other', text: 'Too early' })).rejects.toMatchObject({
        code: 'unavailable',
      });
      expect(existsSync(join(fixture.dir, 'own'))).toBe(false);
      fixture.server = await startChannelServer({
        path,
        proofs: fixture.proofs,
        backend: {
          desk: fixture.desk,
          quickFixes: { fixes: async () => null, fixWorked: async () => false },
          facts: () => ({ hub: null, enrolled: false, inventoryEveryHours: 4 }),
        },
        logger: pino({ level: 'silent' }),
      });
      await until(async () => {
        try {
          await tray.desk.ask({ category: 'other', text: 'Once it is back' });
          return true;
        } catch {
          return false;
        }
      }, 'the tray to reach the service once it started');
      expect(fixture.store.all().map((r) => r.kind === 'help:create' && r.payload.text)).toEqual([
        'Once it is back',
      ]);
    } finally {
      tray.close();
    }
  });

  it('a tray whose account has three requests waiting is told so, and nothing more is saved', async () => {
    fixture = await startChannelFixture();
    const tray = await chooseTrayRuntime({
      dataDir: join(fixture.dir, 'own'),
      logger: pino({ level: 'silent' }),
      channelPath: fixture.socketPath,
      serviceInstalled: () => true,
    });
    try {
      for (const text of ['One', 'Two', 'Three']) await tray.desk.ask({ category: 'other', text });
      await expect(tray.desk.ask({ category: 'other', text: 'Four' })).rejects.toMatchObject({
        code: 'rate-limited',
      });
      expect(fixture.store.all()).toHaveLength(3);
    } finally {
      tray.close();
    }
  });

  it('says unavailable when nothing listens', async () => {
    fixture = await startChannelFixture();
    const missing = connectToService({ path: join(fixture.dir, 'nothing.sock') });
    // The tray then runs its own core, at once when no service folder is there either.
    const own = await chooseTrayRuntime({
      dataDir: join(fixture.dir, 'own'),
      logger: pino({ level: 'silent' }),
      channelPath: join(fixture.dir, 'no-service', 'agent.sock'),
      serviceInstalled: () => false,
    });
    expect(own.mode).toBe('own');
    own.close();
    await expect(missing).rejects.toBeInstanceOf(ChannelError);
    await expect(missing).rejects.toMatchObject({ code: 'unavailable' });
  });
});

describe.runIf(process.platform !== 'win32')('the socket’s folder', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), 'handraise-socket-folder-'));
    dirs.push(dir);
    return dir;
  };
  const start = (path: string) =>
    startChannelServer({
      path,
      proofs: join(path, '..', 'proofs'),
      backend: {
        desk: null as never,
        quickFixes: { fixes: async () => null, fixWorked: async () => false },
        facts: () => ({ hub: null, enrolled: false, inventoryEveryHours: 4 }),
      },
      logger: pino({ level: 'silent' }),
    });
  const modeOf = (path: string) => statSync(path).mode & 0o7777;

  it('refuses a folder every account may write to, changing nothing in it', async () => {
    const shared = join(scratch(), 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    await expect(start(join(shared, 'agent.sock'))).rejects.toThrow(
      /can be written to by every account/,
    );
    expect(modeOf(shared)).toBe(0o1777);
    expect(existsSync(join(shared, 'agent.sock'))).toBe(false);
    expect(existsSync(join(shared, 'proofs'))).toBe(false);
  });

  it('leaves the mode of a folder it did not make, and sets the one it made', async () => {
    const existing = join(scratch(), 'existing');
    mkdirSync(existing);
    chmodSync(existing, 0o750);
    const inExisting = await start(join(existing, 'agent.sock'));
    await inExisting.close();
    expect(modeOf(existing)).toBe(0o750);

    const made = join(scratch(), 'made', 'handraise-agent');
    const inMade = await start(join(made, 'agent.sock'));
    await inMade.close();
    expect(modeOf(made)).toBe(0o755);
  });
});
