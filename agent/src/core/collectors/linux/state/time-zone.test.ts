import { afterEach, describe, expect, it } from 'vitest';
import { fakeRunner } from '../../testing/fake-runner.ts';
import { CommandNotFoundError } from '../../../run-command.ts';
import { contextUnder, temporaryTree } from './state-test-support.ts';
import {
  parseTimedatectlTimezone,
  parseTimezoneFile,
  readTimeZone,
  zoneFromLocaltimeTarget,
} from './time-zone.ts';

describe('time zone parsers', () => {
  it('reads the zone after zoneinfo/ in the /etc/localtime link, any flavour', () => {
    expect(zoneFromLocaltimeTarget('/usr/share/zoneinfo/Europe/Berlin')).toBe('Europe/Berlin');
    expect(zoneFromLocaltimeTarget('../usr/share/zoneinfo/Etc/UTC')).toBe('Etc/UTC');
    expect(zoneFromLocaltimeTarget('/usr/share/zoneinfo/posix/America/New_York')).toBe(
      'America/New_York',
    );
    expect(zoneFromLocaltimeTarget('/var/db/timezone/zoneinfo/Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(zoneFromLocaltimeTarget('/etc/localtime.backup')).toBeUndefined();
    expect(zoneFromLocaltimeTarget('/usr/share/zoneinfo/')).toBeUndefined();
  });

  it("reads /etc/timezone's first line that is not a comment", () => {
    expect(parseTimezoneFile('Europe/Lisbon\n')).toBe('Europe/Lisbon');
    expect(parseTimezoneFile('# set by the installer\n\nAmerica/Argentina/Buenos_Aires\n')).toBe(
      'America/Argentina/Buenos_Aires',
    );
    expect(parseTimezoneFile('')).toBeUndefined();
    expect(parseTimezoneFile('not a zone name\n')).toBeUndefined();
  });

  it("reads timedatectl's value, which is n/a when it knows none", () => {
    expect(parseTimedatectlTimezone('Etc/GMT+5\n')).toBe('Etc/GMT+5');
    expect(parseTimedatectlTimezone('n/a\n')).toBeUndefined();
    expect(parseTimedatectlTimezone('')).toBeUndefined();
  });
});

describe('readTimeZone', () => {
  const trees: (() => void)[] = [];
  afterEach(() => trees.splice(0).forEach((remove) => remove()));
  const tree = (entries: Parameters<typeof temporaryTree>[0]) => {
    const made = temporaryTree(entries);
    trees.push(made.remove);
    return made.root;
  };
  const noTool = fakeRunner({ timedatectl: new CommandNotFoundError('timedatectl') });

  it('prefers the /etc/localtime link over a stale /etc/timezone', async () => {
    const root = tree({
      'etc/localtime': { linkTo: '/usr/share/zoneinfo/Europe/Paris' },
      'etc/timezone': 'Europe/London\n',
    });
    expect(await readTimeZone(contextUnder(root, noTool.run))).toEqual({
      value: 'Europe/Paris',
      notes: [],
    });
    expect(noTool.calls).toEqual([]);
  });

  it('falls back to /etc/timezone where /etc/localtime is a copied file', async () => {
    const root = tree({ 'etc/localtime': 'TZif2…', 'etc/timezone': 'Africa/Nairobi\n' });
    expect((await readTimeZone(contextUnder(root, noTool.run))).value).toBe('Africa/Nairobi');
  });

  it('asks timedatectl last, and notes every reason when nothing names a zone', async () => {
    const root = tree({});
    const tool = fakeRunner({ timedatectl: { stdout: 'Australia/Perth\n' } });
    expect((await readTimeZone(contextUnder(root, tool.run))).value).toBe('Australia/Perth');
    expect(tool.calls.map((call) => call.args)).toEqual([['show', '-p', 'Timezone', '--value']]);

    const none = await readTimeZone(contextUnder(root, noTool.run));
    expect(none.value).toBeUndefined();
    expect(none.notes).toHaveLength(1);
    expect(none.notes[0]?.collector).toBe('time-zone');
    expect(none.notes[0]?.error).toMatch(
      /localtime does not exist.*timezone does not exist.*timedatectl is not installed/,
    );
  });
});
