// First start in Chromium: a hub without accounts asks for the coordinator's account, explains how
// to enroll the first computer, hands out a working install command, and adds an advisor who then
// signs in to a console without the coordinator's pages.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect } from 'vitest';
import { AGENT_CLI } from '../support/processes.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';
import { submitSignIn } from './support/sign-in-form.ts';

const PASSWORD = 'a long school passphrase';
const SCHOOL_HUB = 'http://hub.school.lan:7300';
/** A smaller screen than the page's own, where narrow layouts are checked. */
const SMALL_SCREEN = { width: 1024, height: 768 };

/**
 * Runs an install command as a coordinator pastes it into a shell, with `handraise-agent` on the
 * PATH standing for the agent's command line, plus `--once` so it ends; returns what it enrolled.
 */
async function runPastedCommand(command: string): Promise<{ deviceId: string; secret: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'handraise-pasted-'));
  try {
    const bin = join(folder, 'bin');
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'handraise-agent'),
      `#!/bin/sh\nexec "${process.execPath}" --disable-warning=ExperimentalWarning "${AGENT_CLI}" "$@"\n`,
      { mode: 0o755 },
    );
    const dataDir = join(folder, 'agent');
    // Not a synchronous spawn: the hub answering the agent runs in this very process.
    await promisify(execFile)('/bin/sh', ['-c', `${command} --once --data-dir ${dataDir}`], {
      env: {
        ...process.env,
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        HANDRAISE_LOG_LEVEL: 'warn',
      },
      timeout: 90_000,
    });
    return JSON.parse(readFileSync(join(dataDir, 'credentials.json'), 'utf8')) as {
      deviceId: string;
      secret: string;
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// No HANDRAISE_ADMIN_PASSWORD and no enrollment token: a hub as `npm start` leaves it.
consoleTest.override('hubOptions', {
  config: { adminPassword: undefined, enrollToken: undefined },
});

describe('console UI: first start', () => {
  consoleTest(
    'creates the coordinator, explains enrollment, and the command it shows enrolls a computer',
    async ({ t, page, problems, viewport }) => {
      await page.goto(t.hub.url);
      await page.getByRole('heading', { name: 'Welcome to Handraise' }).waitFor();
      expect(await checkView(page, 'first-start-setup')).toEqual([]);
      await page.getByLabel('Your name').fill('Ms Rivera');
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Password again').fill(PASSWORD);
      await page.getByRole('button', { name: 'Create account and start' }).click();

      await page.getByRole('heading', { name: 'Enroll your first computer' }).waitFor();
      await page.getByTestId('connection').filter({ hasText: 'Live' }).waitFor();
      expect(await checkView(page, 'first-start-today')).toEqual([]);

      // The hub address agents will use.
      await page.getByRole('link', { name: 'hub address' }).click();
      const address = page.getByLabel('Hub address for school computers');
      await address.fill('http://hub.school.lan:7300');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('Saved.').waitFor();

      await page.getByRole('link', { name: 'People', exact: true }).click();
      await page.getByRole('tab', { name: 'Enrollment' }).click();
      await page.getByRole('textbox', { name: 'Room' }).fill('Library');
      await page.getByRole('button', { name: 'Create token' }).click();
      const command = (await page.getByTestId('install-command').textContent()) ?? '';
      // The token reaches the agent on standard input, never on its command line.
      const match =
        /^printf '%s\\n' '([\w-]+)' \| handraise-agent run --hub 'http:\/\/hub\.school\.lan:7300' --token -$/.exec(
          command,
        );
      expect(match).not.toBeNull();
      // Windows: PowerShell passes a piped string to the program's standard input the same way.
      expect(await page.getByTestId('install-command-windows').textContent()).toBe(
        `'${match?.[1]}' | handraise-agent run --hub 'http://hub.school.lan:7300' --token -`,
      );
      await page.setViewportSize(SMALL_SCREEN);
      expect(await checkView(page, 'people-enrollment-commands')).toEqual([]);
      await page.setViewportSize(viewport);

      // The command, pasted into a shell as shown (the hub's address swapped for this test's), really
      // enrolls a computer, into the Library.
      expect(match?.[1]).toBeDefined();
      const enrolled = await runPastedCommand(command.replace(SCHOOL_HUB, t.hub.url));
      await t.connectAgent(enrolled);
      await page.getByRole('link', { name: 'Devices', exact: true }).click();
      const row = page.locator(`tr[data-device-id="${enrolled.deviceId}"]`);
      await expect.poll(() => row.textContent(), { timeout: LIVE_TIMEOUT_MS }).toContain('Library');
      await expect.poll(() => row.textContent()).toContain('Online');
      // The token list counts the enrollment.
      await page.getByRole('link', { name: 'People', exact: true }).click();
      await page.getByRole('tab', { name: 'Enrollment' }).click();
      await expect
        .poll(() => page.getByTestId('tokens').textContent())
        .toContain('1 computer enrolled');
      expect(problems).toEqual([]);
    },
  );

  consoleTest(
    'adds a Tech Advisor, who signs in to a console without the coordinator pages',
    async ({ t, page, problems }) => {
      await page.goto(`${t.hub.url}/#/people`);
      await page.getByRole('tab', { name: 'Accounts' }).click();
      await page.getByLabel('Name', { exact: true }).fill('Sam Okafor');
      await page.getByLabel('Username').fill('sam');
      await page.getByLabel('First password').fill(PASSWORD);
      // A student advisor (the first choice) without a room is asked for one.
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByText('A student advisor helps in at least one room or site').waitFor();
      await page.getByRole('textbox', { name: 'Rooms' }).fill('Room 12, Library');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByText('Sam Okafor can now sign in as “sam”.').waitFor();
      // The list reloads after the confirmation shows; wait for it rather than read it once.
      await expect
        .poll(() => page.getByTestId('accounts').textContent())
        .toContain('Student · Room 12, Library');
      // The same username twice is refused with a reason.
      await page.getByLabel('Name', { exact: true }).fill('Sam Again');
      await page.getByLabel('Username').fill('SAM');
      await page.getByLabel('First password').fill(PASSWORD);
      await page.getByRole('textbox', { name: 'Rooms' }).fill('Room 12');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByText('That username is taken.').waitFor();

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(await checkView(page, 'sign-in')).toEqual([]);
      await submitSignIn(page, { username: 'sam', password: PASSWORD });
      await page.getByTestId('connection').filter({ hasText: 'Live' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link').allTextContents()).toEqual([
        'Today',
        'Requests',
        'Devices',
        'Rooms',
        'Tasks',
        'Program',
        'Settings',
      ]);
      await nav.getByRole('link', { name: 'Settings' }).click();
      // The hub's settings are the coordinator's: an advisor's page has their own console's.
      await page.getByRole('heading', { name: 'Appearance' }).waitFor();
      expect(await page.getByLabel('Hub address for school computers').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Save settings' }).count()).toBe(0);
      expect(await checkView(page, 'advisor-settings')).toEqual([]);
      // The refused username is logged by Chromium as a failed 409 request; that one is expected.
      expect(problems).toEqual([expect.stringContaining('409')]);
    },
  );

  consoleTest(
    'resets, disables, re-enables and deletes an account; the advisor’s console is told why it ended',
    async ({ t, page, problems, otherConsole }) => {
      problems.length = 0;
      await page.setViewportSize(SMALL_SCREEN);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await signIn(page, t.hub.url, { username: 'admin', password: PASSWORD });
      // Sam at another computer, with a console open.
      const { page: samPage, problems: samProblems } = await otherConsole(
        { username: 'sam', password: PASSWORD },
        SMALL_SCREEN,
      );

      await page.getByRole('link', { name: 'People', exact: true }).click();
      await page.getByRole('button', { name: 'Manage Sam Okafor' }).click();
      const dialog = page.getByRole('dialog', { name: 'Sam Okafor' });
      await dialog.getByLabel('New password').fill('a new passphrase for sam');
      await dialog.getByRole('button', { name: 'Set password' }).click();
      await dialog.getByText('Sam Okafor can now sign in with the new password').waitFor();
      expect(await checkView(page, 'people-manage-account')).toEqual([]);
      await samPage
        .getByText('Your password was changed, so you were signed out. Sign in with the new one.')
        .waitFor();
      expect(await checkView(samPage, 'session-ended')).toEqual([]);
      await signIn(samPage, t.hub.url, { username: 'sam', password: 'a new passphrase for sam' });

      // Disabling asks first, signs Sam out at once, and marks the account.
      await dialog.getByRole('button', { name: 'Disable account…' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Disable' }).click();
      await samPage.getByText('Your account has been disabled.').waitFor();
      await dialog.getByRole('button', { name: 'Enable account' }).waitFor();
      await dialog.getByRole('button', { name: 'Close' }).click();
      const samRow = page.getByTestId('accounts').locator('li').filter({ hasText: 'Sam Okafor' });
      await samRow.getByText('Disabled', { exact: true }).waitFor();
      expect(await checkView(page, 'people-accounts-disabled')).toEqual([]);
      await submitSignIn(samPage, { username: 'sam', password: 'a new passphrase for sam' });
      await samPage.getByText('Wrong username or password.').waitFor();

      // Enabled again, then deleted: gone from the list, and the username is free.
      await page.getByRole('button', { name: 'Manage Sam Okafor' }).click();
      await dialog.getByRole('button', { name: 'Enable account' }).click();
      await dialog.getByRole('button', { name: 'Disable account…' }).waitFor();
      await signIn(samPage, t.hub.url, { username: 'sam', password: 'a new passphrase for sam' });
      await dialog.getByRole('button', { name: 'Delete account…' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
      await samPage.getByText('Your account has been deleted.').waitFor();
      await expect
        .poll(() => page.getByTestId('accounts').textContent())
        .not.toContain('Sam Okafor');

      // The coordinator's own password, from their name in the top bar.
      await page.getByRole('button', { name: 'My account: Ms Rivera' }).click();
      const mine = page.getByRole('dialog', { name: 'My account' });
      await mine.getByLabel('Current password').fill('not my password');
      await mine
        .getByLabel('New password', { exact: true })
        .fill('an even longer school passphrase');
      await mine.getByLabel('New password again').fill('an even longer school passphrase');
      await mine.getByRole('button', { name: 'Change password' }).click();
      await mine.getByText('That is not your current password.').waitFor();
      await mine.getByLabel('Current password').fill(PASSWORD);
      await mine.getByRole('button', { name: 'Change password' }).click();
      await mine.getByText('Password changed.').waitFor();
      expect(await checkView(page, 'my-account')).toEqual([]);
      await mine.getByRole('button', { name: 'Close' }).click();
      // This console keeps its session; the new password is the one that signs in.
      await page.getByTestId('connection').filter({ hasText: 'Live' }).waitFor();
      const signIns = await Promise.all(
        [PASSWORD, 'an even longer school passphrase'].map(
          async (password) =>
            (await t.http('/api/session', { body: { username: 'admin', password } })).status,
        ),
      );
      expect(signIns).toEqual([401, 201]);

      await samPage.close();
      // Chromium logs each refused request (the wrong current password, Sam's refused sign-in).
      expect(problems).toEqual([expect.stringContaining('403')]);
      expect(samProblems.every((p) => p.includes('401'))).toBe(true);
    },
  );
});
