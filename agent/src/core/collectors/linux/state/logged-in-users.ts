import type { UserSessionFacts } from '../../../parsers/hardware/device-state-facts.ts';
import { askTool, found, missing, type Reading, type StateContext } from './state-reading.ts';

/** `who` in the C locale: `user  line  Dec  6 09:12 (host)`; the host part is optional. */
const WHO_LINE = /^(\S+)\s+(\S+)\s+.*?(?:\(([^)]*)\))?\s*$/;

/** Pseudo-users wtmp records beside real logins. */
const WTMP_PSEUDO_USERS = new Set(['reboot', 'shutdown', 'runlevel']);

/**
 * How many of wtmp's newest records to read for the last login: reboots and shutdowns are
 * records too, and a machine restarted nightly may have a few of them after the last login.
 */
export const LAST_RECORDS_READ = 25;

/** Each session `who` lists: user, the terminal or seat, and where it came from. */
export function parseWho(stdout: string): UserSessionFacts[] {
  const sessions: UserSessionFacts[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = WHO_LINE.exec(line.trim());
    if (!match) continue;
    const [, user = '', terminal = '', from] = match;
    const session: UserSessionFacts = { user, terminal };
    if (from !== undefined && from.trim() !== '') session.from = from.trim();
    sessions.push(session);
  }
  return sessions;
}

/** The users of these sessions, each once, in the order first seen. */
export function sessionUsers(sessions: readonly UserSessionFacts[]): string[] {
  return [...new Set(sessions.map((session) => session.user))];
}

/**
 * The newest real login in `last -w` output (newest first): reboot and shutdown records, the
 * "wtmp begins" trailer and display managers' "(unknown)" greeter sessions are skipped.
 */
export function parseLastLogin(stdout: string): string | undefined {
  for (const line of stdout.split(/\r?\n/)) {
    const user = line.trim().split(/\s+/)[0] ?? '';
    if (user === '' || WTMP_PSEUDO_USERS.has(user) || user.startsWith('(')) continue;
    if (/^\S*tmp(db)? begins/.test(line.trim())) continue;
    return user;
  }
  return undefined;
}

export type LoggedInUsers = { users: string[]; sessions: UserSessionFacts[] };

/** Who is logged in now, from utmp through `who`; an empty list when nobody is. */
export async function readLoggedInUsers(context: StateContext): Promise<Reading<LoggedInUsers>> {
  const answer = await askTool(context, 'who', []);
  if (!answer.ok) return missing('logged-in-users', answer.reason);
  const sessions = parseWho(answer.stdout);
  return found({ users: sessionUsers(sessions), sessions });
}

/** The newest login wtmp records, through `last`; absent where last or wtmp is missing. */
export async function readLastLoggedInUser(context: StateContext): Promise<Reading<string>> {
  const answer = await askTool(context, 'last', ['-w', '-n', String(LAST_RECORDS_READ)]);
  if (!answer.ok) return missing('last-logged-in-user', answer.reason);
  const user = parseLastLogin(answer.stdout);
  if (user === undefined) {
    return missing(
      'last-logged-in-user',
      `no login among the newest ${LAST_RECORDS_READ} wtmp records`,
    );
  }
  return found(user);
}
