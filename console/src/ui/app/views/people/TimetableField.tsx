import { useId } from 'react';
import { Button } from 'react-aria-components';
import { MAX_DUTY_PERIODS } from '@handraise/shared';
import { CloseIcon } from '../../components/icons.tsx';
import { nextDraft, WEEKDAYS, type PeriodDraft } from '../../lib/timetable.ts';

type Props = { drafts: PeriodDraft[]; onChange: (drafts: PeriodDraft[]) => void };

/**
 * An advisor's week: the periods they are free to help, one row each (day, from, to), added and
 * removed. Native day and time inputs: compact, typed from the keyboard, and in the theme's
 * colours through `color-scheme`.
 */
export function TimetableField({ drafts, onChange }: Props) {
  const descriptionId = useId();
  const update = (key: string, change: Partial<PeriodDraft>) =>
    onChange(drafts.map((d) => (d.key === key ? { ...d, ...change } : d)));

  return (
    <fieldset className="timetable" aria-describedby={descriptionId}>
      <legend>Timetable</legend>
      <p className="description" id={descriptionId}>
        The periods of the week they are free to help, on the school’s clock. Then they are on duty
        whenever a console of theirs is open; at other times, when they switch it on.
      </p>
      {drafts.map((d, i) => (
        <div className="timetable-row" role="group" aria-label={`Period ${i + 1}`} key={d.key}>
          <label className="sr-only" htmlFor={`${d.key}-day`}>
            Day
          </label>
          <select
            id={`${d.key}-day`}
            className="input day"
            value={d.day}
            onChange={(event) => update(d.key, { day: Number(event.target.value) })}
          >
            {WEEKDAYS.map((w) => (
              <option key={w.day} value={w.day}>
                {w.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${d.key}-from`}>from</label>
          <input
            id={`${d.key}-from`}
            className="input time"
            type="time"
            required
            value={d.from}
            onChange={(event) => update(d.key, { from: event.target.value })}
          />
          <label htmlFor={`${d.key}-to`}>to</label>
          <input
            id={`${d.key}-to`}
            className="input time"
            type="time"
            required
            value={d.to}
            onChange={(event) => update(d.key, { to: event.target.value })}
          />
          <Button
            className="button quiet small icon-only"
            aria-label={`Remove period ${i + 1}`}
            onPress={() => onChange(drafts.filter((other) => other.key !== d.key))}
          >
            <CloseIcon size={14} />
          </Button>
        </div>
      ))}
      <Button
        className="button small"
        isDisabled={drafts.length >= MAX_DUTY_PERIODS}
        onPress={() => onChange([...drafts, nextDraft(drafts)])}
      >
        Add a period
      </Button>
    </fieldset>
  );
}
