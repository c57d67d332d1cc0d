import type { Tone } from '../lib/labels.ts';
import { formatCount } from '../lib/format.ts';

type Props = { label: string; value: number; note?: string; tone?: Tone; href?: string };

/** One number that answers a question at a glance; a link when there is a list behind it. */
export function StatTile({ label, value, note, tone, href }: Props) {
  const body = (
    <>
      <span className="tile-label">{label}</span>
      <span className="tile-value">{formatCount(value)}</span>
      {note && <span className="tile-note">{note}</span>}
    </>
  );
  return href ? (
    <a className="card tile" data-tone={tone} href={href}>
      {body}
    </a>
  ) : (
    <div className="card tile" data-tone={tone}>
      {body}
    </div>
  );
}
