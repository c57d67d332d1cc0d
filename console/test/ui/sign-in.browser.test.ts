// The sign-in page in Chromium: a refused try says the hub's real wait in words, a wrong password
// shows the way back in for someone who forgot theirs, and the note on why the last session ended
// steps aside once the person tries again.
import { describe, expect } from 'vitest';
import type { User } from '@handraise/shared';
import { SIGN_IN_LIMITS } from '../../src/hub/http/sign-in-guard.ts';
import { ADVISOR } from '../../src/hub/testing/advisor.ts';
import { manualClock } from '../../src/hub/testing/manual-clock.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, signIn } from './support/console-page.ts';
import { submitSignIn } from './support/sign-in-form.ts';

const FORGOT = 'Forgot your password? Ask your IT coordinator to set a new one.';
const MS_PER_SECOND = 1_000;
const WRONG_PASSWORD = { username: 'admin', password: 'not the password' };

/** The console fixtures, on a hub that reads the time from `clock`, in a smaller window. */
const signInTest = consoleTest
  // The hub's time stands still until a test moves it past a wait, so each wait is exact.
  .extend('clock', { scope: 'file' }, manualClock('2026-11-30T08:00:00Z'))
  .override('hubOptions', async ({ clock }) => ({ clock }))
  .override('viewport', { width: 1024, height: 768 });

describe('console UI: sign-in page', () => {
  signInTest(
    'puts the wrong-password answer in place of why the session ended, with a way back in',
    async ({ t, page }) => {
      const admin = await t.signIn();
      const created = await t.http<User>('/api/users', { token: admin, body: ADVISOR });
      if (!created.body.ok) throw new Error(created.body.error);
      await signIn(page, t.hub.url, ADVISOR);

      const disabled = await t.http(`/api/users/${created.body.data.id}`, {
        method: 'PATCH',
        token: admin,
        body: { disabled: true },
      });
      expect(disabled.status).toBe(200);
      const endedNote = page.getByText('Your account has been disabled.');
      await endedNote.waitFor();

      await submitSignIn(page, ADVISOR);
      await page.getByText('Wrong username or password.').waitFor();
      await page.getByText(FORGOT).waitFor();
      expect(await endedNote.count()).toBe(0);
      expect(await checkView(page, 'sign-in-wrong-password')).toEqual([]);
    },
  );

  signInTest(
    'says the real wait after too many wrong passwords, as it grows',
    async ({ t, page, problems, clock }) => {
      await page.goto(t.hub.url);
      const wrong = () => t.http('/api/session', { body: WRONG_PASSWORD });
      for (let i = 0; i < SIGN_IN_LIMITS.pairFreeFailures; i++)
        expect((await wrong()).status).toBe(401);

      await submitSignIn(page, WRONG_PASSWORD);
      await page.getByText('Too many wrong passwords. Wait 1 second, then try again.').waitFor();
      await page.getByText(FORGOT).waitFor();

      // More wrong passwords from this computer, each once the last wait is over: 2, 4, 8, 16, 32 s.
      for (let wait = 1; wait <= 16; wait *= 2) {
        clock.advance(wait * MS_PER_SECOND);
        expect((await wrong()).status).toBe(401);
      }
      await submitSignIn(page, WRONG_PASSWORD);
      await page.getByText('Too many wrong passwords. Wait 32 seconds, then try again.').waitFor();
      expect(await checkView(page, 'sign-in-wait')).toEqual([]);

      clock.advance(32 * MS_PER_SECOND);
      expect((await wrong()).status).toBe(401);
      await submitSignIn(page, WRONG_PASSWORD);
      await page.getByText('Too many wrong passwords. Wait 2 minutes, then try again.').waitFor();

      // Chromium logs each refused request; nothing else went wrong on the page.
      expect(problems.filter((p) => !/\b(401|429)\b/.test(p))).toEqual([]);
    },
  );
});
