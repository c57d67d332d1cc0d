// Who writes the school's quick fixes: the coordinator always; a teacher advisor only while the
// coordinator's setting allows it, and then within the rooms they cover; a student advisor never.
// Every refusal changes nothing, and bad input is refused with a clear code.
import { describe, expect } from 'vitest';
import {
  MAX_QUICK_FIX_CHARS,
  MAX_QUICK_FIXES_PER_CATEGORY,
  type QuickFix,
  type QuickFixList,
} from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { listFixes, postFix, writeFix } from './testing/quick-fixes.ts';
import { advisorConsole } from './testing/school.ts';
import type { TestHub } from './testing/test-hub.ts';

/** Every way of writing, as `token`'s holder, each answered with its status. */
async function everyWrite(t: TestHub, token: string, fixId: string) {
  const create = await postFix(t, token, { category: 'printer', text: 'Try tray 2' });
  const change = await t.http(`/api/quick-fixes/${fixId}`, {
    token,
    method: 'PATCH',
    body: { text: 'Changed by someone else' },
  });
  const remove = await t.http(`/api/quick-fixes/${fixId}`, { token, method: 'DELETE' });
  const read = await t.http('/api/quick-fixes', { token });
  const allow = await t.http('/api/quick-fixes/teachers', {
    token,
    method: 'PUT',
    body: { teachersWrite: true },
  });
  return [create, change, remove, read, allow].map((answer) => [answer.status, answer.body]);
}

const FORBIDDEN = [403, { ok: false, error: 'forbidden' }];

const setTeachersWrite = (t: TestHub, admin: string, teachersWrite: boolean) =>
  t.http('/api/quick-fixes/teachers', { token: admin, method: 'PUT', body: { teachersWrite } });

describe('who writes quick fixes', () => {
  hubTest(
    'student advisors never; teachers not until the coordinator allows it',
    async ({ t, admin }) => {
      const fix = await writeFix(t, admin, {
        category: 'printer',
        text: 'Printer says paper jam but there is none: open tray 2 and close it',
      });
      const before = await listFixes(t, admin);
      expect(before).toMatchObject({
        teachersWrite: false,
        fixes: [{ id: fix.id, writtenBy: 'Coordinator', mayEdit: true, shown: 0, saved: 0 }],
      });
      const student = await advisorConsole(t, admin, {
        username: 'ana',
        displayName: 'Ana',
        advisorKind: 'student',
        scope: { sites: [], rooms: ['Art Room'] },
      });
      const teacher = await advisorConsole(t, admin, {
        username: 'mr-lee',
        displayName: 'Mr Lee',
        advisorKind: 'teacher',
      });
      expect(await everyWrite(t, student.token, fix.id)).toEqual(Array(5).fill(FORBIDDEN));
      expect(await everyWrite(t, teacher.token, fix.id)).toEqual(Array(5).fill(FORBIDDEN));
      expect(await listFixes(t, admin)).toEqual(before);
      const access = async (token: string) =>
        (await t.http('/api/quick-fixes/access', { token })).body;
      expect(await access(teacher.token)).toEqual({ ok: true, data: { mayWrite: false } });

      // The coordinator allows teachers: the teacher reads, writes, changes and deletes.
      expect((await setTeachersWrite(t, admin, true)).body).toEqual({
        ok: true,
        data: { teachersWrite: true },
      });
      const theirs = await writeFix(t, teacher.token, {
        category: 'internet',
        text: 'Wi-Fi: School',
      });
      expect(theirs).toMatchObject({
        writtenBy: 'Mr Lee',
        mayEdit: true,
        rooms: [],
        platforms: [],
      });
      const changed = await t.http<QuickFix>(`/api/quick-fixes/${fix.id}`, {
        token: teacher.token,
        method: 'PATCH',
        body: { text: 'Open tray 2, then close it firmly', platforms: ['windows', 'windows'] },
      });
      expect(changed.body).toMatchObject({
        ok: true,
        data: {
          text: 'Open tray 2, then close it firmly',
          platforms: ['windows'],
          writtenBy: 'Mr Lee',
        },
      });
      const read = await t.http<QuickFixList>('/api/quick-fixes', { token: teacher.token });
      expect(read.body.ok && read.body.data.fixes.map((f) => f.id).sort()).toEqual(
        [fix.id, theirs.id].sort(),
      );
      expect(
        (await t.http(`/api/quick-fixes/${theirs.id}`, { token: teacher.token, method: 'DELETE' }))
          .body,
      ).toEqual({ ok: true, data: { id: theirs.id } });
      expect(await access(teacher.token)).toEqual({ ok: true, data: { mayWrite: true } });
      expect(await access(student.token)).toEqual({ ok: true, data: { mayWrite: false } });
      expect(await access(admin)).toEqual({ ok: true, data: { mayWrite: true } });
      // Teachers still may not change the setting itself; students still write nothing.
      const settled = await listFixes(t, admin);
      expect(await everyWrite(t, student.token, fix.id)).toEqual(Array(5).fill(FORBIDDEN));
      expect(
        (
          await t.http('/api/quick-fixes/teachers', {
            token: teacher.token,
            method: 'PUT',
            body: { teachersWrite: false },
          })
        ).body,
      ).toEqual({ ok: false, error: 'forbidden' });
      expect(await listFixes(t, admin)).toEqual(settled);

      // Switched off again: the teacher is refused at once.
      await setTeachersWrite(t, admin, false);
      expect(
        (await postFix(t, teacher.token, { category: 'app', text: 'Restart it' })).status,
      ).toBe(403);
      expect((await listFixes(t, admin)).fixes).toHaveLength(1);
    },
  );

  hubTest('a teacher covering some rooms writes only for those rooms', async ({ t, admin }) => {
    await setTeachersWrite(t, admin, true);
    const schoolWide = await writeFix(t, admin, {
      category: 'printer',
      text: 'Turn it off and on',
    });
    const teacher = await advisorConsole(t, admin, {
      username: 'ms-diaz',
      displayName: 'Ms Diaz',
      advisorKind: 'teacher',
      scope: { sites: [], rooms: ['Art Room'] },
    });
    const art = await writeFix(t, teacher.token, {
      category: 'printer',
      text: 'Art Room: open tray 2',
      rooms: ['Art Room'],
    });
    const before = await listFixes(t, admin);
    const refused = [
      await postFix(t, teacher.token, { category: 'printer', text: 'Everywhere' }),
      await postFix(t, teacher.token, {
        category: 'printer',
        text: 'Two rooms',
        rooms: ['Art Room', 'Music Room'],
      }),
      await t.http(`/api/quick-fixes/${schoolWide.id}`, {
        token: teacher.token,
        method: 'PATCH',
        body: { text: 'Mine now' },
      }),
      await t.http(`/api/quick-fixes/${art.id}`, {
        token: teacher.token,
        method: 'PATCH',
        body: { rooms: [] },
      }),
      await t.http(`/api/quick-fixes/${schoolWide.id}`, { token: teacher.token, method: 'DELETE' }),
    ];
    expect(refused.map((r) => r.body)).toEqual(Array(5).fill({ ok: false, error: 'forbidden' }));
    expect(await listFixes(t, admin)).toEqual(before);
    const seen = await t.http<QuickFixList>('/api/quick-fixes', { token: teacher.token });
    expect(
      seen.body.ok && Object.fromEntries(seen.body.data.fixes.map((f) => [f.text, f.mayEdit])),
    ).toEqual({ 'Turn it off and on': false, 'Art Room: open tray 2': true });
  });

  hubTest('bad input is refused with a clear code and changes nothing', async ({ t, admin }) => {
    const fix = await writeFix(t, admin, { category: 'printer', text: '  Open tray 2  ' });
    expect(fix.text).toBe('Open tray 2');
    const before = await listFixes(t, admin);
    const bad = [
      { category: 'printer', text: '' },
      { category: 'printer', text: '   ' },
      { category: 'printer', text: 'x'.repeat(MAX_QUICK_FIX_CHARS + 1) },
      { category: 'printer', text: 'bell \u0007' },
      { category: 'coffee', text: 'Not a category' },
      { category: 'printer', text: 'Amiga only', platforms: ['amiga'] },
      { category: 'printer', text: 'A room with no name', rooms: [''] },
      { category: 'printer', text: 'Extra field', shown: 1000 },
    ];
    for (const body of bad)
      expect(await postFix(t, admin, body)).toEqual({
        status: 400,
        body: { ok: false, error: 'invalid-payload' },
      });
    const badChanges = [{}, { saved: 99 }, { text: '' }];
    for (const body of badChanges)
      expect(
        (await t.http(`/api/quick-fixes/${fix.id}`, { token: admin, method: 'PATCH', body }))
          .status,
      ).toBe(400);
    const unknown = crypto.randomUUID();
    expect(
      (await t.http(`/api/quick-fixes/${unknown}`, { token: admin, method: 'DELETE' })).body,
    ).toEqual({ ok: false, error: 'not-found' });
    expect(
      (
        await t.http(`/api/quick-fixes/${unknown}`, {
          token: admin,
          method: 'PATCH',
          body: { text: 'Anything' },
        })
      ).body,
    ).toEqual({ ok: false, error: 'not-found' });
    expect(
      (await t.http('/api/quick-fixes/teachers', { token: admin, method: 'PUT', body: {} })).status,
    ).toBe(400);
    expect(await listFixes(t, admin)).toEqual(before);

    // A category holds so many fixes, and no more (moving one into it is refused too).
    for (let i = 2; i <= MAX_QUICK_FIXES_PER_CATEGORY; i += 1)
      await writeFix(t, admin, { category: 'printer', text: `Advice ${i}` });
    expect((await postFix(t, admin, { category: 'printer', text: 'One too many' })).body).toEqual({
      ok: false,
      error: 'invalid-state',
    });
    const other = await writeFix(t, admin, { category: 'internet', text: 'Wi-Fi: School' });
    expect(
      (
        await t.http(`/api/quick-fixes/${other.id}`, {
          token: admin,
          method: 'PATCH',
          body: { category: 'printer' },
        })
      ).body,
    ).toEqual({ ok: false, error: 'invalid-state' });
    const after = await listFixes(t, admin);
    expect(after.fixes.filter((f) => f.category === 'printer')).toHaveLength(
      MAX_QUICK_FIXES_PER_CATEGORY,
    );
    expect(after.fixes.find((f) => f.id === other.id)?.category).toBe('internet');
  });
});
