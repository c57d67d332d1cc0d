import { describe, expect, it } from 'vitest';
import { MAX_DUTY_PERIODS, type DutyPeriod } from '@handraise/shared';
import {
  draftsOf,
  formatClock,
  formatDays,
  nextDraft,
  periodsOf,
  sameTimetable,
  timetableLine,
  timetableSummary,
  type PeriodDraft,
} from './timetable.ts';

/** 24-hour times, as a British school writes them; the US reads them otherwise (below). */
const GB = 'en-GB';
const lunch = (day: number): DutyPeriod => ({ day, from: '12:30', to: '13:15' });
const draft = (day: number, from: string, to: string, key = `k${day}${from}`): PeriodDraft => ({
  key,
  day,
  from,
  to,
});

describe('timetable', () => {
  it('names days, three or more in a row as a range', () => {
    expect(formatDays([1])).toBe('Mon');
    expect(formatDays([5, 1, 3])).toBe('Mon, Wed, Fri');
    expect(formatDays([1, 2])).toBe('Mon, Tue');
    expect(formatDays([1, 2, 3, 4, 5])).toBe('Mon–Fri');
    expect(formatDays([1, 2, 3, 5, 6, 7])).toBe('Mon–Wed, Fri–Sun');
    expect(formatDays([2, 2, 3])).toBe('Tue, Wed');
  });

  it('says the same hours once for all their days, in the order of the week', () => {
    const week = [lunch(3), { day: 2, from: '08:00', to: '08:45' }, lunch(1), lunch(5)];
    expect(timetableSummary(week, 3, GB)).toBe('Mon, Wed, Fri 12:30–13:15; Tue 8:00–8:45');
    expect(timetableSummary([1, 2, 3, 4, 5].map(lunch), 3, GB)).toBe('Mon–Fri 12:30–13:15');
    expect(timetableSummary([])).toBe('');
  });

  it("says the times as the reader's clock does", () => {
    expect(timetableSummary([lunch(1), lunch(3)], 3, 'en-US')).toBe('Mon, Wed 12:30 PM–1:15 PM');
    expect(formatClock('08:05', GB)).toBe('8:05');
    expect(formatClock('00:00', 'en-US')).toBe('12:00 AM');
  });

  it('shortens a long week to its first groups and a count', () => {
    const week: DutyPeriod[] = [
      { day: 1, from: '08:00', to: '08:45' },
      { day: 2, from: '09:00', to: '09:45' },
      { day: 3, from: '10:00', to: '10:45' },
      { day: 4, from: '11:00', to: '11:45' },
    ];
    expect(timetableSummary(week, 2, GB)).toBe('Mon 8:00–8:45; Tue 9:00–9:45 and 2 more');
  });

  it('says in a line whether the hours or the switch decide', () => {
    expect(timetableLine([lunch(1), lunch(2)], 3, GB)).toBe('Free Mon, Tue 12:30–13:15');
    expect(timetableLine([])).toBe('On duty by the switch only');
  });

  it('compares timetables whatever their order', () => {
    expect(sameTimetable([lunch(1), lunch(2)], [lunch(2), lunch(1)])).toBe(true);
    expect(sameTimetable([lunch(1)], [lunch(1), lunch(2)])).toBe(false);
    expect(sameTimetable([lunch(1)], [{ ...lunch(1), to: '13:30' }])).toBe(false);
  });

  it('adds Monday lunch first, then the same hours on the next school day', () => {
    const first = nextDraft([]);
    expect(first).toMatchObject({ day: 1, from: '12:30', to: '13:15' });
    const second = nextDraft([first, draft(2, '10:00', '10:45')]);
    expect(second).toMatchObject({ day: 3, from: '10:00', to: '10:45' });
    // After Friday comes Monday, not the weekend.
    expect(nextDraft([draft(5, '10:00', '10:45')])).toMatchObject({ day: 1 });
    expect(new Set([first.key, second.key]).size).toBe(2);
  });

  it('turns rows into the timetable to send, sorted and each period once', () => {
    expect(
      periodsOf([
        draft(3, '12:30', '13:15'),
        draft(1, '08:00', '08:45'),
        draft(3, '12:30', '13:15', 'again'),
      ]),
    ).toEqual({
      ok: true,
      periods: [
        { day: 1, from: '08:00', to: '08:45' },
        { day: 3, from: '12:30', to: '13:15' },
      ],
    });
    expect(periodsOf([])).toEqual({ ok: true, periods: [] });
  });

  it('says what is wrong with rows that make no timetable', () => {
    expect(periodsOf([draft(1, '', '13:15')])).toEqual({
      ok: false,
      error: 'Give every period of the timetable a start and an end.',
    });
    expect(periodsOf([draft(1, '13:15', '12:30')])).toEqual({
      ok: false,
      error: 'Each period of the timetable ends after it starts.',
    });
    expect(periodsOf([draft(1, '12:30', '12:30')])).toMatchObject({ ok: false });
    const tooMany = Array.from({ length: MAX_DUTY_PERIODS + 1 }, (_, i) =>
      draft(
        (i % 7) + 1,
        `${String(Math.floor(i / 7)).padStart(2, '0')}:00`,
        `${String(Math.floor(i / 7)).padStart(2, '0')}:30`,
      ),
    );
    expect(periodsOf(tooMany)).toEqual({
      ok: false,
      error: `A timetable holds at most ${MAX_DUTY_PERIODS} periods.`,
    });
  });

  it('makes editor rows of a saved timetable in the order of the week', () => {
    const rows = draftsOf([lunch(4), lunch(2)]);
    expect(rows.map((r) => r.day)).toEqual([2, 4]);
    expect(periodsOf(rows)).toEqual({ ok: true, periods: [lunch(2), lunch(4)] });
  });
});
