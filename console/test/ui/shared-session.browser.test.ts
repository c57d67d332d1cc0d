// One session for the console's tabs in one browser: a device opened in a new tab (Ctrl+click) is
// signed in; signing out in one tab signs out all of them; a page from another origin cannot get
// the token, neither by asking on the channel nor by listening to the tabs' answers.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect } from 'vitest';
import { consoleTest } from './support/console-fixture.ts';
import { signIn, watchProblems } from './support/console-page.ts';
import { connectSampleComputer } from './support/sample-computer.ts';

const DEVICE_NAME = 'art-room-pc-3';

/**
 * A page on another loopback port (another origin) that opens the console's channel name, asks
 * for the session and keeps whatever reaches it in `window.heard`.
 */
const FOREIGN_PAGE = `<!doctype html><title>Another site</title><script>
  window.heard = [];
  const channel = new BroadcastChannel('handraise.session');
  channel.onmessage = (event) => window.heard.push(JSON.stringify(event.data));
  channel.postMessage({ kind: 'ask' });
</script>`;

function serveForeignPage(): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(FOREIGN_PAGE);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const sessionTest = consoleTest.extend('deviceId', { scope: 'file' }, async ({ t }) => {
  await connectSampleComputer(t, DEVICE_NAME);
  const admin = await t.signIn();
  const { body } = await t.http<{ id: string; name: string }[]>('/api/devices', { token: admin });
  if (!body.ok) throw new Error(body.error);
  return body.data.find((d) => d.name === DEVICE_NAME)!.id;
});

describe('console UI: one session for the tabs of a browser', () => {
  sessionTest(
    'opens a device in a second tab signed in, and signs every tab out together',
    async ({ t, browser, viewport, deviceId }) => {
      // A browser profile of its own, as one person's browser: its tabs share the channel.
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const problems = await watchProblems(page);
      await signIn(page, t.hub.url);
      const second = await context.newPage();
      const secondProblems = await watchProblems(second);
      await second.goto(`${t.hub.url}/#/devices/${deviceId}`);
      await second.getByRole('heading', { level: 1, name: DEVICE_NAME }).waitFor();
      await second.getByTestId('connection').filter({ hasText: 'Live' }).waitFor();
      expect(await second.title()).toBe(`${DEVICE_NAME} · Devices · Handraise`);
      // Reloaded, the tab keeps the session it was handed (its own copy, for this tab's life).
      await second.reload();
      await second.getByRole('heading', { level: 1, name: DEVICE_NAME }).waitFor();

      await second.getByRole('button', { name: 'Sign out' }).click();
      await second.getByLabel('Username').waitFor();
      await page.getByLabel('Username').waitFor();
      await page.getByText('This session was signed out in another window.').waitFor();
      // And a tab opened now has nobody to ask: it shows the sign-in form.
      const third = await context.newPage();
      await third.goto(t.hub.url);
      await third.getByLabel('Username').waitFor();
      await context.close();
      expect([...problems, ...secondProblems]).toEqual([]);
    },
  );

  sessionTest('gives the token to no page of another origin', async ({ t, browser, viewport }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await signIn(page, t.hub.url);
    const token = await page.evaluate<string>(
      `JSON.parse(sessionStorage.getItem('handraise.session')).token`,
    );
    const server = await serveForeignPage();
    try {
      const { port } = server.address() as AddressInfo;
      const foreign = await context.newPage();
      await foreign.goto(`http://127.0.0.1:${port}/`);
      // A tab of the console's own origin asks next: its answer proves the open tab replied,
      // on the channel the foreign page listens to under the same name.
      const own = await context.newPage();
      await own.goto(`${t.hub.url}/#/tasks`);
      await own.getByTestId('connection').filter({ hasText: 'Live' }).waitFor();
      // The foreign page's own ask went out before; a round trip of its own after the console's
      // answer is in shows that nothing is still on the way to it.
      await foreign.evaluate(`new Promise((resolve) => {
          const probe = new BroadcastChannel('handraise.session');
          const echo = new BroadcastChannel('handraise.session');
          echo.onmessage = () => resolve();
          probe.postMessage({ kind: 'probe' });
        })`);
      const heard = await foreign.evaluate<string[]>('window.heard');
      expect(heard).toEqual(['{"kind":"probe"}']);
      expect(heard.join()).not.toContain(token);
      const stored = await foreign.evaluate<string>(
        'JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage), document.cookie])',
      );
      expect(stored).not.toContain(token);
      // Nor does the console put it anywhere that outlives the tabs or rides with a request.
      const kept = await own.evaluate<string>(
        'JSON.stringify([Object.entries(localStorage), document.cookie])',
      );
      expect(kept).not.toContain(token);
      // A browser profile of its own (another person's window) has no tab to ask.
      const elsewhere = await browser.newPage();
      await elsewhere.goto(`${t.hub.url}/#/tasks`);
      await elsewhere.getByLabel('Username').waitFor();
      await Promise.all([context.close(), elsewhere.close()]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
