// A computer's live figures while this tab is open: the hub asks its agent to sample every 2 s
// for as long as someone watches, and the person at the computer sees who is watching. Read only:
// nothing here can see the screen, control the computer or end a program.
import { Fragment, useEffect, useMemo, useState } from 'react';
import type { LiveFigures } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { formatBytes, plural } from '../../lib/format.ts';
import {
  appendFigures,
  formatUptime,
  isStale,
  toPoint,
  type LivePoint,
} from '../../lib/live-history.ts';
import { useNow } from '../../lib/use-now.ts';
import { useHub } from '../../state/hub-context.ts';
import { LiveCharts } from './LiveCharts.tsx';
import { LiveProcesses } from './LiveProcesses.tsx';

/** `refused`: the hub said no (or no longer); `waiting`: asked, no figures yet. */
type Stream = 'asking' | 'waiting' | 'live' | 'refused' | 'unavailable';

const TIME = new Intl.DateTimeFormat(undefined, {
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
});

export function DeviceLive({ deviceId, online }: { deviceId: string; online: boolean }) {
  const { watchLive, connection } = useHub();
  const now = useNow(1_000);
  const [stream, setStream] = useState<Stream>('asking');
  const [history, setHistory] = useState<LiveFigures[]>([]);
  const [receivedAt, setReceivedAt] = useState<number | null>(null);
  const [intervalMs, setIntervalMs] = useState(2_000);

  useEffect(
    () =>
      watchLive(deviceId, {
        onAnswer: (result) => {
          if (result.ok) {
            setIntervalMs(result.data.intervalMs);
            setStream((s) => (s === 'live' ? s : 'waiting'));
          } else setStream(result.error === 'unavailable' ? 'unavailable' : 'refused');
        },
        onFigures: (figures) => {
          setHistory((h) => appendFigures(h, figures));
          setReceivedAt(Date.now());
          setStream('live');
        },
        onEnded: () => setStream('refused'),
      }),
    [watchLive, deviceId],
  );

  const points = useMemo<LivePoint[]>(() => history.map((f) => toPoint(f, TIME)), [history]);
  const latest = history.at(-1);
  const quiet = stream === 'live' && isStale(receivedAt, now, intervalMs);

  return (
    <div className="live-view" data-testid="live-view">
      <p className="live-status" role="status" data-state={!online ? 'offline' : stream}>
        <span className="live-dot" aria-hidden="true" />
        {statusLine({ stream, online, quiet, latest, hubLost: connection !== 'live' })}
      </p>
      <p className="muted">
        Read only: nobody can see the screen, control this computer or end its programs from here.
        Whoever sits at it sees that you are watching, and each look is in its access log.
      </p>
      {latest && stream !== 'refused' && (
        <>
          <div className="grid tiles live-tiles">
            <Figure label="Processor" value={`${Math.round(latest.cpu.totalPercent)} %`} />
            <Figure
              label="Memory in use"
              value={formatBytes(latest.memory.usedBytes)}
              note={`of ${formatBytes(latest.memory.totalBytes)}`}
            />
            <Figure label="Up for" value={formatUptime(latest.uptimeSeconds)} />
            {latest.battery && (
              <Figure
                label="Battery"
                value={`${Math.round(latest.battery.percent)} %`}
                note={latest.battery.charging ? 'plugged in' : 'on battery'}
              />
            )}
            <Figure
              label="Signed in"
              value={
                latest.userHidden ? 'Withheld' : (latest.loggedInUser ?? 'Nobody at the screen')
              }
              {...(latest.userHidden ? { note: 'shown to staff only' } : {})}
            />
          </div>
          <LiveCharts points={points} />
          <CoresAndDisks figures={latest} />
          <LiveProcesses figures={latest} />
          {latest.notes.length > 0 && (
            <p className="muted">Not shown for this computer: {latest.notes.join('; ')}.</p>
          )}
        </>
      )}
    </div>
  );
}

function statusLine(props: {
  stream: Stream;
  online: boolean;
  quiet: boolean;
  latest: LiveFigures | undefined;
  /** This console is not connected to the hub (whatever the computer is doing). */
  hubLost: boolean;
}): string {
  const { stream, online, quiet, latest } = props;
  if (props.hubLost)
    return 'This console lost its connection to the hub; live figures resume when it is back.';
  if (stream === 'refused')
    return 'You cannot watch this computer now. Live figures open while you help with one of its requests, or if it is in your rooms and you are a teacher advisor.';
  if (stream === 'unavailable') return 'The hub did not answer; live figures come back with it.';
  if (!online)
    return latest
      ? `Offline: its agent disconnected. Last figures at ${TIME.format(new Date(latest.at))}; they resume when it is back.`
      : 'Offline: its agent is not connected. Live figures start when it is back.';
  if (stream === 'asking' || stream === 'waiting' || !latest)
    return 'Asking the computer for live figures…';
  if (quiet)
    return `No figures since ${TIME.format(new Date(latest.at))}: the computer may be busy or its network slow.`;
  return `Live, every 2 seconds · last at ${TIME.format(new Date(latest.at))}`;
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="card tile">
      <span className="tile-label">{label}</span>
      <span className="tile-value small">{value}</span>
      {note && <span className="tile-note">{note}</span>}
    </div>
  );
}

/** Each processor's use now, each disk's free space, each network's addresses and rates. */
function CoresAndDisks({ figures }: { figures: LiveFigures }) {
  return (
    <div className="grid two">
      <Card
        title="Each processor"
        id="live-cores"
        hint={plural(figures.cpu.perCorePercent.length, 'core')}
      >
        <ul className="meters" aria-label="Use of each processor">
          {figures.cpu.perCorePercent.map((percent, i) => (
            <li key={i}>
              <span>Core {i + 1}</span>
              <meter min={0} max={100} value={percent} aria-label={`Core ${i + 1}`} />
              <span className="numeric">{Math.round(percent)} %</span>
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Disks and network" id="live-disks">
        <ul className="meters" aria-label="Free space of each disk">
          {figures.disks.map((disk) => (
            <li key={disk.mount}>
              <span>{disk.mount}</span>
              <meter
                min={0}
                max={disk.totalBytes}
                value={disk.totalBytes - disk.freeBytes}
                aria-label={`${disk.mount} used`}
              />
              <span className="numeric">{formatBytes(disk.freeBytes)} free</span>
            </li>
          ))}
        </ul>
        <dl className="facts">
          {figures.network.map((n) => (
            <Fragment key={n.name}>
              <dt>{n.name}</dt>
              <dd>
                {n.addresses.join(', ') || 'no address'}
                {n.receivedBytesPerSec !== null &&
                  ` · received ${formatBytes(n.receivedBytesPerSec)}/s, sent ${formatBytes(n.sentBytesPerSec ?? 0)}/s`}
              </dd>
            </Fragment>
          ))}
        </dl>
      </Card>
    </div>
  );
}
