// Advisor accounts on a real hub: a student or a teacher with rooms, sites and skills; what would
// make no sense is refused with nothing changed, and a new reach ends the person's sessions.
import { describe, expect } from 'vitest';
import type { User } from '@handraise/shared';
import { accountTest as test } from './testing/account-calls.ts';
import { ADVISOR as SAM } from './testing/advisor.ts';

describe('advisor accounts', () => {
  test('keeps an advisor a student or a teacher with their rooms, and refuses what would make no sense', async ({
    t,
    admin,
    calls: { tokenOf, create, accounts, patch },
  }) => {
    const student = { username: 'ana', displayName: 'Ana', password: 'ana-password-1' };
    const post = (body: unknown) => t.http<User>('/api/users', { token: admin, body });
    const invalid = { status: 400, body: { ok: false, error: 'invalid-payload' } };
    const before = await accounts();
    // A student needs a room or a site; a coordinator has no advisor fields; an advisor says which.
    for (const body of [
      { ...student, role: 'advisor', advisorKind: 'student' },
      { ...student, role: 'advisor', advisorKind: 'student', scope: { sites: [], rooms: [] } },
      { ...student, role: 'advisor', advisorKind: 'student', scope: { sites: [], rooms: [' '] } },
      { ...student, role: 'advisor' },
      { ...student, role: 'coordinator', advisorKind: 'teacher' },
      { ...student, role: 'coordinator', scope: { sites: [], rooms: ['Room 12'] } },
      {
        ...student,
        role: 'advisor',
        advisorKind: 'pupil',
        scope: { sites: [], rooms: ['Room 12'] },
      },
    ])
      expect(await post(body)).toEqual(invalid);
    expect(await accounts()).toEqual(before);

    const created = await post({
      ...student,
      role: 'advisor',
      advisorKind: 'student',
      scope: { sites: [], rooms: [' Room 12', 'Room 12', 'Library'] },
      skills: ['printers'],
    });
    expect(created).toMatchObject({
      status: 201,
      body: {
        ok: true,
        data: {
          advisor: {
            kind: 'student',
            scope: { sites: [], rooms: ['Room 12', 'Library'] },
            skills: ['printers'],
          },
        },
      },
    });
    const ana = created.body.ok ? created.body.data : null;
    if (!ana) throw new Error('not created');
    const anaToken = await tokenOf({ username: 'ana', password: student.password });

    // Emptying a student's rooms is refused and changes nothing; their skills change alone.
    expect(await patch(ana.id, { scope: { sites: [], rooms: [] } })).toEqual(invalid);
    expect(await patch(ana.id, { advisorKind: 'student', role: 'advisor' })).toMatchObject({
      status: 200,
    });
    expect((await patch(ana.id, { skills: ['printers', 'Wi-Fi'] })).status).toBe(200);
    expect((await t.http('/api/me', { token: anaToken })).status).toBe(200);
    // A new scope is a new reach: she signs in again to use it.
    expect((await patch(ana.id, { scope: { sites: ['North'], rooms: [] } })).body).toMatchObject({
      ok: true,
      data: { advisor: { scope: { sites: ['North'], rooms: [] } } },
    });
    expect((await t.http('/api/me', { token: anaToken })).status).toBe(401);
    // A coordinator made an advisor needs a kind; a teacher may cover the whole school.
    const rivera = await create({
      ...SAM,
      username: 'rivera',
      role: 'coordinator',
      advisorKind: undefined,
    });
    expect(await patch(rivera.id, { role: 'advisor' })).toEqual(invalid);
    expect(await patch(rivera.id, { role: 'advisor', advisorKind: 'teacher' })).toMatchObject({
      status: 200,
      body: { data: { advisor: { kind: 'teacher', scope: { sites: [], rooms: [] } } } },
    });
    expect(await patch(rivera.id, { role: 'coordinator' })).toMatchObject({
      body: { data: { role: 'coordinator', advisor: null } },
    });
  });
});
