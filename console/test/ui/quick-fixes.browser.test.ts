// Quick fixes in the console, in Chromium on a real hub: the coordinator writes a fix for the
// Library's Windows computers, a computer there shows it and says "This fixed it", and the page
// shows the request it saved. Teachers find the page in the navigation only once the coordinator
// lets them write fixes; student advisors never.
import { describe, expect } from 'vitest';
import type { QuickFixList } from '@handraise/shared';
import { computerOn, offeredTexts } from '../../src/hub/testing/quick-fixes.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';

const PAPER_JAM = 'Printer says paper jam but there is none: open tray 2 and close it';

const fixesTest = consoleTest.extend('admin', { scope: 'file' }, async ({ t }) => t.signIn());

describe('console UI: quick fixes', () => {
  fixesTest(
    'the coordinator writes a fix and sees the requests it saved',
    async ({ t, page, problems, admin }) => {
      await signIn(page, t.hub.url);
      await page.getByRole('link', { name: 'Quick fixes', exact: true }).click();
      await page.getByText('No quick fixes yet').waitFor();
      const form = page.getByRole('form', { name: 'New quick fix' });
      // An empty fix is refused before anything is sent.
      await form.getByRole('button', { name: 'Add quick fix' }).click();
      await form.getByText('Write the fix: what to try, in a sentence or two.').waitFor();

      await form.getByRole('button', { name: /Category/ }).click();
      await page.getByRole('option', { name: 'Printer', exact: true }).click();
      await form.getByRole('textbox', { name: 'What to try' }).fill(PAPER_JAM);
      await form.getByRole('textbox', { name: /Rooms/ }).fill('Library');
      await form.getByText('Windows', { exact: true }).click();
      await form.getByRole('button', { name: 'Add quick fix' }).click();
      const printer = page.getByRole('region', { name: 'Printer' });
      await printer.getByText(PAPER_JAM).waitFor();
      const figures = printer.getByTestId('quick-fix-figures');
      expect(await figures.textContent()).toBe('Saved 0 requests · shown 0 times');
      await printer.getByText('Library · Windows · by Coordinator').waitFor();
      const stored = await t.http<QuickFixList>('/api/quick-fixes', { token: admin });
      expect(stored.body.ok && stored.body.data.fixes).toMatchObject([
        { category: 'printer', text: PAPER_JAM, rooms: ['Library'], platforms: ['windows'] },
      ]);
      const fixId = stored.body.ok ? stored.body.data.fixes[0]?.id : undefined;

      // A Library computer on Windows shows it, and it fixes the problem there.
      const library = await computerOn(t, admin, {
        hostname: 'library-1',
        room: 'Library',
        platform: 'windows',
      });
      expect(await offeredTexts(library, 'printer')).toEqual([PAPER_JAM]);
      expect(await library.emitWithAck('help:fix-worked', { fixId: fixId ?? '' })).toMatchObject({
        ok: true,
      });
      await page.reload();
      await expect
        .poll(() => figures.textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toBe('Saved 1 request · shown 1 time');
      expect(await checkView(page, 'quick-fixes')).toEqual([]);

      // Changed in place: the words, and every system now.
      await printer.getByRole('button', { name: 'Edit' }).click();
      const edit = page.getByRole('form', { name: 'Change quick fix' });
      await edit
        .getByRole('textbox', { name: 'What to try' })
        .fill(`${PAPER_JAM}, then print again`);
      await edit.getByText('Windows', { exact: true }).click();
      await edit.getByRole('button', { name: 'Save' }).click();
      await printer.getByText(`${PAPER_JAM}, then print again`).waitFor();
      await printer.getByText('Library · every system · by Coordinator').waitFor();
      expect(await figures.textContent()).toBe('Saved 1 request · shown 1 time');

      // Deleted after asking: the computer is offered nothing any more.
      await printer.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
      await page.getByText('No quick fixes yet').waitFor();
      expect(await offeredTexts(library, 'printer')).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  fixesTest(
    'teachers find the page once the coordinator allows them; students never',
    async ({ t, page, problems, admin, otherConsole }) => {
      for (const [username, kind] of [
        ['mr-lee', 'teacher'],
        ['ana', 'student'],
      ] as const) {
        const created = await t.http('/api/users', {
          token: admin,
          body: {
            username,
            password: `${username}-password-1`,
            role: 'advisor',
            advisorKind: kind,
            scope: { sites: [], rooms: kind === 'student' ? ['Library'] : [] },
          },
        });
        expect(created.status).toBe(201);
      }
      const teacher = await otherConsole({ username: 'mr-lee', password: 'mr-lee-password-1' });
      const student = await otherConsole({ username: 'ana', password: 'ana-password-1' });
      const nav = (p: typeof page) => p.getByRole('navigation', { name: 'Main' });
      expect(await nav(teacher.page).getByRole('link', { name: 'Quick fixes' }).count()).toBe(0);

      await page.getByRole('link', { name: 'Quick fixes', exact: true }).click();
      const allow = page.getByRole('checkbox', {
        name: 'Teacher advisors may write quick fixes too',
      });
      expect(await allow.isChecked()).toBe(false);
      await page.getByText('Teacher advisors may write quick fixes too').click();
      await expect.poll(() => allow.isChecked(), { timeout: LIVE_TIMEOUT_MS }).toBe(true);

      await teacher.page.reload();
      await nav(teacher.page).getByRole('link', { name: 'Quick fixes' }).click();
      await teacher.page.getByRole('form', { name: 'New quick fix' }).waitFor();
      // The setting is the coordinator's: the teacher's page does not offer it.
      expect(await teacher.page.getByText('Who writes them').count()).toBe(0);
      expect(await checkView(teacher.page, 'quick-fixes-teacher')).toEqual([]);

      await student.page.reload();
      await student.page.getByRole('link', { name: 'Tasks', exact: true }).waitFor();
      expect(await nav(student.page).getByRole('link', { name: 'Quick fixes' }).count()).toBe(0);
      expect([...problems, ...teacher.problems, ...student.problems]).toEqual([]);
    },
  );
});
