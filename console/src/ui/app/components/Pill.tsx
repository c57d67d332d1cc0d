import type { ReactNode } from 'react';
import type { RequestState, VerdictStatus } from '@handraise/shared';
import { STATE_LABELS, STATE_TONES, type Tone } from '../lib/labels.ts';
import { STATUS_LABELS, STATUS_TONES } from '../lib/software-labels.ts';

/** A small coloured label; the text carries the meaning, the colour only helps scanning. */
export function Pill({ tone, dot, children }: { tone: Tone; dot?: boolean; children: ReactNode }) {
  return (
    <span className="pill" data-tone={tone}>
      {dot && <span className="dot" aria-hidden="true" />}
      {children}
    </span>
  );
}

/** A request's state as a pill. */
export function StatePill({ state }: { state: RequestState }) {
  return <Pill tone={STATE_TONES[state]}>{STATE_LABELS[state]}</Pill>;
}

/** Online, offline or revoked (refused by the hub, so offline for good), as a pill. */
export function OnlinePill({ online, revoked }: { online: boolean; revoked?: boolean }) {
  if (revoked)
    return (
      <Pill tone="bad" dot>
        Revoked
      </Pill>
    );
  return (
    <Pill tone={online ? 'good' : 'neutral'} dot>
      {online ? 'Online' : 'Offline'}
    </Pill>
  );
}

/** What the hub concluded about a title on a computer, in plain words. */
export function StatusPill({ status }: { status: VerdictStatus }) {
  return <Pill tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Pill>;
}
