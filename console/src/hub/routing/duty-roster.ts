// Who is on duty now: a helper who said so, or an advisor in one of their timetable's free
// periods, in either case with a console open (nobody else would see an offer). The sweep asks
// again every few seconds, so a period that starts or ends reaches every console by itself.
import { inTimetable, weekTimeOf, type Person, type User } from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { NotifyConsoles } from '../notify.ts';
import type { DutyStore } from '../storage/duty-store.ts';

export type DutyRosterDeps = {
  duty: Pick<DutyStore, 'candidates'>;
  /** Whether a console of this person is connected now. */
  isConnected: (userId: string) => boolean;
  clock: Clock;
  /** The school's time zone, for timetables; the hub computer's own (TZ) when left out. */
  timeZone?: string | undefined;
  notifyConsoles: NotifyConsoles;
};

export type DutyRoster = ReturnType<typeof createDutyRoster>;

const personOf = (user: User): Person => ({
  id: user.id,
  displayName: user.displayName,
  role: user.role,
});

export function createDutyRoster(deps: DutyRosterDeps) {
  let lastPublished: string | undefined;

  async function onDutyNow(): Promise<User[]> {
    const now = weekTimeOf(deps.clock.now(), deps.timeZone);
    return (await deps.duty.candidates()).filter(
      (user) =>
        deps.isConnected(user.id) &&
        (user.onDuty || inTimetable(user.advisor?.timetable ?? [], now)),
    );
  }

  async function people(): Promise<Person[]> {
    return (await onDutyNow()).map(personOf);
  }

  return {
    onDutyNow,
    /** The same, by name, as consoles list it. */
    people,
    /** Tells every console who is on duty now. */
    async publish(): Promise<void> {
      const list = await people();
      lastPublished = JSON.stringify(list);
      deps.notifyConsoles('duty:updated', list);
    },
    /** Tells consoles only if the list changed since last told (a timetable period began or ended). */
    async publishIfChanged(): Promise<void> {
      const list = await people();
      const seen = JSON.stringify(list);
      if (seen === lastPublished) return;
      lastPublished = seen;
      deps.notifyConsoles('duty:updated', list);
    },
  };
}
