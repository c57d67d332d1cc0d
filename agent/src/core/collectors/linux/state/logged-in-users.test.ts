import { describe, expect, it } from 'vitest';
import { CommandNotFoundError } from '../../../run-command.ts';
import { fakeRunner } from '../../testing/fake-runner.ts';
import {
  LAST_RECORDS_READ,
  parseLastLogin,
  parseWho,
  readLastLoggedInUser,
  readLoggedInUsers,
  sessionUsers,
} from './logged-in-users.ts';
import { contextUnder } from './state-test-support.ts';

// `who` in the C locale on a lab machine: a desktop session, two terminals, one remote.
const WHO = `maria    tty2         Dec  6 08:02 (tty2)
maria    pts/0        Dec  6 08:15 (:0)
j.okafor pts/1        Dec  6 09:40 (192.168.10.23)
admin    tty3         Dec  6 10:01
`;

const LAST = `reboot   system boot  6.1.0-28-amd64   Sat Dec  6 07:58   still running
shutdown system down  6.1.0-28-amd64   Fri Dec  5 17:30 - 07:58  (14:28)
(unknown :0           :0               Fri Dec  5 08:01 - 08:01  (00:00)
j.okafor pts/1        192.168.10.23    Fri Dec  5 16:02 - 17:29  (01:27)
maria    tty2         tty2             Fri Dec  5 08:02 - down   (09:27)

wtmp begins Mon Dec  1 07:55:12 2025
`;

describe('parseWho', () => {
  it('reads each session with its terminal and origin', () => {
    expect(parseWho(WHO)).toEqual([
      { user: 'maria', terminal: 'tty2', from: 'tty2' },
      { user: 'maria', terminal: 'pts/0', from: ':0' },
      { user: 'j.okafor', terminal: 'pts/1', from: '192.168.10.23' },
      { user: 'admin', terminal: 'tty3' },
    ]);
  });

  it('lists each user once, in order', () => {
    expect(sessionUsers(parseWho(WHO))).toEqual(['maria', 'j.okafor', 'admin']);
  });

  it('reads nothing from nothing or from noise', () => {
    expect(parseWho('')).toEqual([]);
    expect(parseWho('\n\nlonely\n')).toEqual([]);
  });
});

describe('parseLastLogin', () => {
  it('skips reboot, shutdown and greeter records for the newest real login', () => {
    expect(parseLastLogin(LAST)).toBe('j.okafor');
  });

  it('is undefined when wtmp holds no login', () => {
    expect(parseLastLogin('\nwtmp begins Tue May 20 00:00:00 2025\n')).toBeUndefined();
    expect(
      parseLastLogin('reboot   system boot  6.1.0   Sat Dec  6 07:58   still running\n'),
    ).toBeUndefined();
    expect(parseLastLogin('')).toBeUndefined();
  });
});

describe('reading users through who and last', () => {
  it('lists the sessions who reports, and an empty list when nobody is logged in', async () => {
    const busy = fakeRunner({ who: { stdout: WHO } });
    expect((await readLoggedInUsers(contextUnder('/', busy.run))).value).toEqual({
      users: ['maria', 'j.okafor', 'admin'],
      sessions: parseWho(WHO),
    });
    const idle = fakeRunner({ who: { stdout: '' } });
    expect(await readLoggedInUsers(contextUnder('/', idle.run))).toEqual({
      value: { users: [], sessions: [] },
      notes: [],
    });
  });

  it('notes a missing who', async () => {
    const { run } = fakeRunner({ who: new CommandNotFoundError('who') });
    expect(await readLoggedInUsers(contextUnder('/', run))).toEqual({
      notes: [{ collector: 'logged-in-users', error: 'who is not installed' }],
    });
  });

  it('asks last for a few records and notes when none is a login', async () => {
    const found = fakeRunner({ last: { stdout: LAST } });
    expect((await readLastLoggedInUser(contextUnder('/', found.run))).value).toBe('j.okafor');
    expect(found.calls[0]?.args).toEqual(['-w', '-n', String(LAST_RECORDS_READ)]);

    const empty = fakeRunner({ last: { stdout: '\nwtmp begins Tue May 20 00:00:00 2025\n' } });
    const none = await readLastLoggedInUser(contextUnder('/', empty.run));
    expect(none.value).toBeUndefined();
    expect(none.notes[0]?.error).toMatch(/no login/);

    const noWtmp = fakeRunner({
      last: new Error('last exited with 1: last: cannot open /var/log/wtmp: No such file'),
    });
    expect((await readLastLoggedInUser(contextUnder('/', noWtmp.run))).notes).toEqual([
      {
        collector: 'last-logged-in-user',
        error: 'last exited with 1: last: cannot open /var/log/wtmp: No such file',
      },
    ]);
  });
});
