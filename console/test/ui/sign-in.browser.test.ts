// The sign-in page in Chromium: a refused try says the hub's real wait in words, a wrong password
// shows the way back in for someone who forgot theirs, and the note on why the last session ended
// steps aside once the person tries again.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@handraise/shared';
import { SIGN_IN_LIMITS } from '../../src/hub/http/sign-in-guard.ts';
import { startTestHub, type TestHub } from '../../src/hub/testing/test-hub.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildUiForTest, type BuiltUi } from './support/built-ui.ts';
import { ADVISOR } from '../../src/hub/testing/advisor.ts';
import { checkView, signIn, watchProblems } from './support/console-page.ts';

const FORGOT = 'Forgot your password? Ask your IT coordinator to set a new one.';
const MS_PER_SECOND = 1_000;

/** A clock that stands still until the test moves it past a wait, so each wait is exact. */
function steppedClock() {
  let at = Date.parse('2026-11-30T08:00:00Z');
  return { now: () => new Date(at), jump: (ms: number) => void (at += ms) };
}

describe('console UI: sign-in page', () => {
  let ui: BuiltUi;
  let t: TestHub;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  const clock = steppedClock();

  beforeAll(async () => {
    ui = await buildUiForTest();
    t = await startTestHub({}, { webRoot: ui.webRoot, clock });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    problems = await watchProblems(page);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    ui?.remove();
  });

  const trySignIn = async (username: string, password: string) => {
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };

  it('puts the wrong-password answer in place of why the session ended, with a way back in', async () => {
    const admin = await t.signIn();
    const created = await t.http<User>('/api/users', { token: admin, body: ADVISOR });
    if (!created.body.ok) throw new Error(created.body.error);
    await signIn(page, t.hub.url, { username: ADVISOR.username, password: ADVISOR.password });

    const disabled = await t.http(`/api/users/${created.body.data.id}`, {
      method: 'PATCH',
      token: admin,
      body: { disabled: true },
    });
    expect(disabled.status).toBe(200);
    const endedNote = page.getByText('Your account has been disabled.');
    await endedNote.waitFor();

    await trySignIn(ADVISOR.username, ADVISOR.password);
    await page.getByText('Wrong username or password.').waitFor();
    await page.getByText(FORGOT).waitFor();
    expect(await endedNote.count()).toBe(0);
    expect(await checkView(page, 'sign-in-wrong-password')).toEqual([]);
  });

  it('says the real wait after too many wrong passwords, as it grows', async () => {
    await page.goto(t.hub.url);
    const wrong = () =>
      t.http('/api/session', { body: { username: 'admin', password: 'not the password' } });
    for (let i = 0; i < SIGN_IN_LIMITS.pairFreeFailures; i++)
      expect((await wrong()).status).toBe(401);

    await trySignIn('admin', 'not the password');
    await page.getByText('Too many wrong passwords. Wait 1 second, then try again.').waitFor();
    await page.getByText(FORGOT).waitFor();

    // More wrong passwords from this computer, each once the last wait is over: 2, 4, 8, 16, 32 s.
    for (let wait = 1; wait <= 16; wait *= 2) {
      clock.jump(wait * MS_PER_SECOND);
      expect((await wrong()).status).toBe(401);
    }
    await trySignIn('admin', 'not the password');
    await page.getByText('Too many wrong passwords. Wait 32 seconds, then try again.').waitFor();
    expect(await checkView(page, 'sign-in-wait')).toEqual([]);

    clock.jump(32 * MS_PER_SECOND);
    expect((await wrong()).status).toBe(401);
    await trySignIn('admin', 'not the password');
    await page.getByText('Too many wrong passwords. Wait 2 minutes, then try again.').waitFor();

    // Chromium logs each refused request; nothing else went wrong on the page.
    expect(problems.filter((p) => !/\b(401|429)\b/.test(p))).toEqual([]);
  });
});
