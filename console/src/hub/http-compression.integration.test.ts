// Large answers travel gzipped to those who ask for it (every browser does): a school's device
// list shrinks several times over. Small answers and clients that do not ask stay plain.
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect } from 'vitest';
import { hubTest as test } from './testing/hub-test.ts';
import { fullReport, sampleSections } from './testing/sample-inventory.ts';

type Raw = { status: number; encoding: string | undefined; bytes: Buffer };

/** GET with the raw bytes as sent, compressed or not (fetch would undo the compression). */
function rawGet(url: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          encoding: response.headers['content-encoding'],
          bytes: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('HTTP compression', () => {
  test('gzips a large answer for a client that accepts it, the same data as plain', async ({
    t,
    admin,
  }) => {
    for (let i = 1; i <= 20; i++) {
      const agent = await t.connectAgent(await t.enroll(`lab-pc-${i}`));
      const os = { ...sampleSections().os, hostname: `lab-pc-${i}` };
      const stored = await agent.emitWithAck(
        'inventory:report',
        fullReport(sampleSections({ os })),
      );
      expect(stored.ok).toBe(true);
    }
    const url = `${t.hub.url}/api/devices`;
    const auth = { authorization: `Bearer ${admin}` };
    // The verdicts follow the reports: both reads must see them settled (one pending update each).
    await expect
      .poll(async () => {
        const list = JSON.parse((await rawGet(url, auth)).bytes.toString()) as {
          data: { outdatedCount: number }[];
        };
        return list.data.filter((d) => d.outdatedCount === 1).length;
      })
      .toBe(20);
    const plain = await rawGet(url, auth);
    const gzipped = await rawGet(url, { ...auth, 'accept-encoding': 'gzip, deflate, br' });
    expect(plain).toMatchObject({ status: 200, encoding: undefined });
    expect(gzipped).toMatchObject({ status: 200, encoding: 'gzip' });
    expect(JSON.parse(gunzipSync(gzipped.bytes).toString())).toEqual(
      JSON.parse(plain.bytes.toString()),
    );
    expect(gzipped.bytes.length * 3).toBeLessThan(plain.bytes.length);

    // A few bytes are not worth compressing.
    const status = await rawGet(`${t.hub.url}/api/status`, { 'accept-encoding': 'gzip' });
    expect(status).toMatchObject({ status: 200, encoding: undefined });
  });
});
