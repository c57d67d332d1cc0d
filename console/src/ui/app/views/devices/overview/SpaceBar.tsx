import type { Tone } from '../../../lib/labels.ts';

/**
 * A horizontal bar filled to `percent`, coloured by `tone`. Drawn only: the words beside it carry
 * the figure for screen readers and for anyone who does not tell the colours apart.
 */
export function SpaceBar({ percent, tone }: { percent: number; tone: Tone }) {
  const width = Math.min(100, Math.max(0, percent));
  return (
    <span className="space-bar" data-tone={tone} aria-hidden="true">
      <span className="space-bar-fill" style={{ width: `${width}%` }} />
    </span>
  );
}
