// A screenshot's size in pixels, read from its header, decides what a viewer's browser must
// decode: a small file that claims a huge picture is refused, and nothing of it is kept.
import { describe, expect } from 'vitest';
import { hubTest } from './testing/hub-test.ts';
import type { HelpRequest } from '@handraise/shared';
import {
  padded,
  pngHeader,
  webpExtendedHeader,
} from '../../../shared/src/testing/image-headers.ts';
import { countRows } from './testing/row-count.ts';

/** The size of the PNG that took a viewing browser from 625 MB to 1.9 GB. */
const HUGE_PNG_BYTES = 995_000;

const helpRequest = (screenshot: Uint8Array) => ({
  idempotencyKey: crypto.randomUUID(),
  category: 'sound-screen' as const,
  text: 'Everything on the screen is tiny',
  createdAt: new Date().toISOString(),
  screenshot,
});

describe('screenshot pixel size', () => {
  hubTest(
    'refuses a 16000×16000 PNG of under 1 MB, and stores nothing',
    async ({ t, agent, coordinator, admin }) => {
      let pushed = 0;
      coordinator.on('request:created', () => (pushed += 1));
      const huge = padded(pngHeader(16_000, 16_000), HUGE_PNG_BYTES);
      expect(await agent.emitWithAck('help:create', helpRequest(huge))).toEqual({
        ok: false,
        error: 'screenshot-too-large',
      });
      // The same claim in another format is refused the same way.
      const wide = padded(webpExtendedHeader(10_000, 5_000), HUGE_PNG_BYTES);
      expect(await agent.emitWithAck('help:create', helpRequest(wide))).toEqual({
        ok: false,
        error: 'screenshot-too-large',
      });

      const listed = await t.http<HelpRequest[]>('/api/requests', { token: admin });
      expect(listed.body).toEqual({ ok: true, data: [] });
      expect(await countRows(t.hub.database.db, 'screenshots')).toBe(0);
      // A round trip on the console's connection: a push for either would have come before it.
      await coordinator.emitWithAck('requests:list', {});
      expect(pushed).toBe(0);
    },
  );

  hubTest('accepts three 4K screens side by side', async ({ agent }) => {
    const wide = padded(pngHeader(3 * 3840, 2160), 300_000);
    expect(await agent.emitWithAck('help:create', helpRequest(wide))).toMatchObject({ ok: true });
  });
});
