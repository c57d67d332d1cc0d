// The Tech Advisor program in the hub: each advisor's figures and badges over a period, their
// service-hours export, badge sign-off and the weekly summary. Who may ask is the routes' concern.
import type { AdvisorBadge, AdvisorProgram, WeeklySummary } from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { ProgramPerson, ProgramStore } from '../storage/program-store.ts';
import type { AdvisorBadgesTable } from '../storage/schema.ts';
import { figuresFor, type RequestRecord, type Window } from './advisor-figures.ts';
import { badgeRule, badgesReached } from './badge-rules.ts';
import { serviceHoursCsv, serviceHoursRows } from './service-hours.ts';
import { WEEK_MS, weeklySummary } from './weekly-summary.ts';

export type ProgramService = ReturnType<typeof createProgramService>;

const toBadge = (row: AdvisorBadgesTable): AdvisorBadge | null => {
  const rule = badgeRule(row.badge);
  if (!rule) return null;
  return {
    id: row.id,
    badge: rule.key,
    name: rule.name,
    category: rule.category,
    threshold: rule.threshold,
    earnedAt: row.earned_at,
    signedOff:
      row.signed_off_at !== null
        ? { byName: row.signed_off_by_name ?? '', at: row.signed_off_at }
        : null,
  };
};

export function createProgramService(deps: { store: ProgramStore; clock: Clock }) {
  const { store } = deps;

  /** Advisors the program covers: advisor accounts not deleted (disabled ones stay listed). */
  const advisors = async (): Promise<ProgramPerson[]> =>
    (await store.people()).filter((p) => p.role === 'advisor' && !p.deleted);

  /** Keeps the badges each advisor has reached since last asked, then reads them all back. */
  async function badgesFor(people: readonly ProgramPerson[]): Promise<Map<string, AdvisorBadge[]>> {
    const resolved = await store.recordsResolvedBy(people.length === 1 ? people[0]!.id : null);
    for (const person of people)
      await store.keepReached(person.id, badgesReached(person.id, resolved));
    const byPerson = new Map<string, AdvisorBadge[]>(people.map((p) => [p.id, []]));
    for (const row of await store.badgesOf(people.map((p) => p.id))) {
      const badge = toBadge(row);
      if (badge) byPerson.get(row.user_id)?.push(badge);
    }
    return byPerson;
  }

  const programOf = (
    person: ProgramPerson,
    records: readonly RequestRecord[],
    window: Window,
    badges: AdvisorBadge[],
  ): AdvisorProgram => ({
    advisor: {
      id: person.id,
      displayName: person.displayName,
      advisorKind: person.advisorKind,
      disabled: person.disabled,
    },
    period: { from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString() },
    ...figuresFor(person.id, records, window),
    badges,
  });

  return {
    /** One advisor (not a coordinator, not a deleted account), or null. */
    async advisor(advisorId: string): Promise<ProgramPerson | null> {
      return (await advisors()).find((p) => p.id === advisorId) ?? null;
    },

    async programOf(person: ProgramPerson, window: Window): Promise<AdvisorProgram> {
      const records = await store.recordsActiveIn(window);
      const badges = (await badgesFor([person])).get(person.id) ?? [];
      return programOf(person, records, window, badges);
    },

    /** Every advisor's page, by name. */
    async everyone(window: Window): Promise<AdvisorProgram[]> {
      const people = await advisors();
      const records = await store.recordsActiveIn(window);
      const badges = await badgesFor(people);
      return people.map((p) => programOf(p, records, window, badges.get(p.id) ?? []));
    },

    async serviceHours(person: ProgramPerson, window: Window): Promise<string> {
      return serviceHoursCsv(
        serviceHoursRows(person.id, await store.recordsActiveIn(window), window),
      );
    },

    /** Signs a badge off: 'not-found' for no such badge, 'invalid-state' if already signed. */
    async signOff(
      badgeId: string,
      by: { id: string; name: string },
    ): Promise<AdvisorBadge | 'not-found' | 'invalid-state'> {
      const row = await store.badge(badgeId);
      if (!row) return 'not-found';
      const signed = await store.signOff(badgeId, by, deps.clock.now().toISOString());
      if (!signed) return 'invalid-state';
      const after = await store.badge(badgeId);
      return (after && toBadge(after)) ?? 'not-found';
    },

    /** The last seven days, up to now. */
    async weekly(): Promise<WeeklySummary> {
      const to = deps.clock.now().getTime();
      const window = { from: to - WEEK_MS, to };
      const people = new Map((await store.people()).map((p) => [p.id, p]));
      const summary = weeklySummary(await store.recordsActiveIn(window), window, (id) =>
        people.get(id),
      );
      return {
        period: { from: new Date(window.from).toISOString(), to: new Date(to).toISOString() },
        ...summary,
      };
    },
  };
}
