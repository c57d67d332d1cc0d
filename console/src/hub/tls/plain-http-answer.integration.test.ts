// A hub serving HTTPS, asked in plain HTTP over a real socket: it answers a short 400 naming the
// https:// address, instead of an empty reply; HTTPS and WSS on the same port work as before.
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:https';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import type { TLSSocket } from 'node:tls';
import { join } from 'node:path';
import pino from 'pino';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_NAMESPACE } from '@handraise/shared';
import { createHub, type Hub } from '../create-hub.ts';
import { testHubConfig } from '../testing/test-hub.ts';

/** Sends `request` on a fresh TCP connection and collects everything until the hub closes it. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.setTimeout(5_000, () => socket.destroy(new Error('no answer within 5 s')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

/** GETs a path over HTTPS: the status, and the fingerprint of the certificate that answered. */
function httpsGet(hub: Hub, path: string): Promise<{ status: number; fingerprint: string }> {
  return new Promise((resolve, reject) => {
    // The hub's own certificate is no CA a client could trust; the fingerprint is compared below.
    const request = get(`${hub.url}${path}`, { rejectUnauthorized: false }, (response) => {
      response.resume();
      const peer = (response.socket as TLSSocket).getPeerCertificate();
      resolve({ status: response.statusCode ?? 0, fingerprint: peer.fingerprint256 });
    });
    request.on('error', reject);
  });
}

let dir: string;
let hub: Hub;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'handraise-plain-http-'));
  hub = await createHub({
    config: testHubConfig(dir, { tls: { mode: 'self-signed' } }),
    logger: pino({ level: 'silent' }),
  });
});

afterAll(async () => {
  await hub?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('plain HTTP to the HTTPS port', () => {
  it('answers 400 with the https:// address the request named', async () => {
    const answer = await rawExchange(
      hub.port,
      'GET /api/me HTTP/1.1\r\nHost: hub.school.lan:7300\r\nConnection: close\r\n\r\n',
    );
    const [head, body] = answer.split('\r\n\r\n');
    expect(head!.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(head).toMatch(/\r\ncontent-type: text\/plain; charset=utf-8/i);
    expect(body).toBe('This hub speaks HTTPS: use https://hub.school.lan:7300\n');
  });

  it("names the hub's own address when the Host header is missing or not a host", async () => {
    const noHost = await rawExchange(hub.port, 'GET / HTTP/1.0\r\n\r\n');
    expect(noHost.split('\r\n\r\n')[1]).toBe(
      `This hub speaks HTTPS: use https://127.0.0.1:${hub.port}\n`,
    );
    const injected = await rawExchange(
      hub.port,
      'GET / HTTP/1.1\r\nHost: evil.example/<script>\r\n\r\n',
    );
    expect(injected).not.toContain('evil');
    expect(injected.split('\r\n\r\n')[1]).toBe(
      `This hub speaks HTTPS: use https://127.0.0.1:${hub.port}\n`,
    );
  });

  it('still serves HTTPS and WSS on the same port', async () => {
    expect(hub.url).toBe(`https://127.0.0.1:${hub.port}`);
    expect(await httpsGet(hub, '/api/me')).toEqual({
      status: 401,
      fingerprint: hub.certificate!.fingerprint,
    });
    const socket = io(`${hub.url}${CONSOLE_NAMESPACE}`, {
      auth: { token: 'not-a-session' },
      reconnection: false,
      transports: ['websocket'],
      rejectUnauthorized: false,
    });
    // The hub refuses the session, which it can say only over a working WSS connection.
    const refusal = await new Promise<string>((resolve) =>
      socket.once('connect_error', (error) => resolve(error.message)),
    );
    socket.disconnect();
    expect(refusal).toBe('unauthorized');
  });
});
