import {
  askTool,
  found,
  missing,
  readLinkTarget,
  readTextFile,
  type Reading,
  type StateContext,
} from './state-reading.ts';

const COLLECTOR = 'time-zone';

/** An IANA zone name: "Europe/Berlin", "Etc/GMT+5", "UTC", "America/Argentina/Buenos_Aires". */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** Sub-trees of zoneinfo holding the same zones in another flavour (leap seconds or not). */
const ZONEINFO_FLAVOURS = ['posix/', 'right/'];

function zoneName(text: string): string | undefined {
  const trimmed = text.trim();
  return ZONE_NAME.test(trimmed) ? trimmed : undefined;
}

/** The zone named by Debian's /etc/timezone: its first line that is not a comment. */
export function parseTimezoneFile(text: string): string | undefined {
  const line = text
    .split(/\r?\n/)
    .map((candidate) => candidate.trim())
    .find((candidate) => candidate !== '' && !candidate.startsWith('#'));
  return line === undefined ? undefined : zoneName(line);
}

/** The zone from where /etc/localtime points: the part after `zoneinfo/`. */
export function zoneFromLocaltimeTarget(target: string): string | undefined {
  const marker = 'zoneinfo/';
  const at = target.lastIndexOf(marker);
  if (at < 0) return undefined;
  let zone = target.slice(at + marker.length);
  const flavour = ZONEINFO_FLAVOURS.find((prefix) => zone.startsWith(prefix));
  if (flavour !== undefined) zone = zone.slice(flavour.length);
  return zoneName(zone);
}

/** `timedatectl show -p Timezone --value` prints the zone alone (or `n/a`). */
export function parseTimedatectlTimezone(stdout: string): string | undefined {
  const value = (stdout.split('\n')[0] ?? '').trim();
  return value === 'n/a' ? undefined : zoneName(value);
}

/**
 * The system's time zone. The /etc/localtime link comes first because it is what the C library
 * reads; Debian's /etc/timezone can lag behind it. timedatectl is the last resort (a process, and
 * it needs systemd running).
 */
export async function readTimeZone(context: StateContext): Promise<Reading<string>> {
  const [link, file] = await Promise.all([
    readLinkTarget(context.paths.localtime),
    readTextFile(context.paths.timezoneFile),
  ]);
  const fromLink = link.ok ? zoneFromLocaltimeTarget(link.text) : undefined;
  if (fromLink !== undefined) return found(fromLink);
  const fromFile = file.ok ? parseTimezoneFile(file.text) : undefined;
  if (fromFile !== undefined) return found(fromFile);

  const answer = await askTool(context, 'timedatectl', ['show', '-p', 'Timezone', '--value']);
  const fromTool = answer.ok ? parseTimedatectlTimezone(answer.stdout) : undefined;
  if (fromTool !== undefined) return found(fromTool);
  const reasons = [
    link.ok ? `${link.text} names no zone` : link.reason,
    file.ok ? `${context.paths.timezoneFile} names no zone` : file.reason,
    answer.ok ? 'timedatectl names no zone' : answer.reason,
  ];
  return missing(COLLECTOR, reasons.join('; '));
}
