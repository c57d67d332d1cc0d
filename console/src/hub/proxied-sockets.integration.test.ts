// Behind a reverse proxy every client arrives from the proxy's address: the cap on unauthenticated
// connections must count the clients the proxy names, or one student could fill it for everyone.
import { describe, expect } from 'vitest';
import { hubTest } from './testing/hub-test.ts';

/** Opens an engine.io session over long-polling, as a browser's first request does. */
async function openSession(hubUrl: string, forwardedFor?: string): Promise<number> {
  const response = await fetch(`${hubUrl}/socket.io/?EIO=4&transport=polling`, {
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });
  await response.arrayBuffer();
  return response.status;
}

describe('unauthenticated connections behind a trusted proxy', () => {
  hubTest(
    'are counted per forwarded client, so one client cannot shut the others out',
    async ({ startHub }) => {
      const t = await startHub({
        config: { trustProxy: ['127.0.0.1'] },
        limits: { unauthenticatedPerAddress: 2 },
      });
      expect(await openSession(t.hub.url, '10.1.1.1')).toBe(200);
      expect(await openSession(t.hub.url, '10.1.1.1')).toBe(200);
      expect(await openSession(t.hub.url, '10.1.1.1')).not.toBe(200);
      expect(await openSession(t.hub.url, '10.2.2.2')).toBe(200);
    },
  );

  hubTest(
    'ignore a forwarded address from anyone the hub was not told to trust',
    async ({ startHub }) => {
      const t = await startHub({ limits: { unauthenticatedPerAddress: 2 } });
      expect(await openSession(t.hub.url, '10.1.1.1')).toBe(200);
      expect(await openSession(t.hub.url, '10.2.2.2')).toBe(200);
      // All three come from this machine, whatever they claim.
      expect(await openSession(t.hub.url, '10.3.3.3')).not.toBe(200);
    },
  );
});
