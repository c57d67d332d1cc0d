// The live view's charts: processor and memory in percent, then network and disk activity, over
// the last few minutes. Tables beside them say the latest figures for screen readers.
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK } from '../../lib/chart-ticks.ts';
import { Card } from '../../components/Card.tsx';
import { formatBytes } from '../../lib/format.ts';
import type { LivePoint } from '../../lib/live-history.ts';

const perSecond = (bytes: number) => `${formatBytes(bytes)}/s`;

function LineCard(props: {
  title: string;
  id: string;
  points: LivePoint[];
  lines: { key: keyof LivePoint; name: string; className: string }[];
  domain?: [number, number];
  format: (value: number) => string;
}) {
  return (
    <Card title={props.title} id={props.id}>
      <figure className="chart live-chart" aria-hidden="true" data-points={props.points.length}>
        <LineChart
          responsive
          accessibilityLayer={false}
          data={props.points}
          className="chart-svg"
          margin={{ left: 4, right: 12 }}
        >
          <CartesianGrid vertical={false} />
          <XAxis
            tick={AXIS_TICK}
            dataKey="label"
            tickLine={false}
            interval="preserveStartEnd"
            minTickGap={48}
          />
          <YAxis
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            width={72}
            domain={props.domain ?? [0, 'auto']}
            tickFormatter={(v: number) => props.format(v)}
          />
          <Tooltip
            cursor={{ className: 'chart-cursor' }}
            formatter={(value) => props.format(Number(value))}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
          />
          {props.lines.map((line) => (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.name}
              className={line.className}
              type="monotone"
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
      </figure>
      {/* The console's own legend: its swatches take the lines' colours from the same classes. */}
      <div className="legend live-legend" aria-hidden="true">
        {props.lines.map((line) => (
          <span key={line.key}>
            <span className={`swatch ${line.className}`} />
            {line.name}
          </span>
        ))}
      </div>
    </Card>
  );
}

export function LiveCharts({ points }: { points: LivePoint[] }) {
  const hasIo = points.some((p) => p.read !== null || p.received !== null);
  return (
    <div className="grid two">
      <LineCard
        title="Processor and memory"
        id="live-usage"
        points={points}
        domain={[0, 100]}
        format={(v) => `${Math.round(v)} %`}
        lines={[
          { key: 'cpu', name: 'Processor', className: 'line-primary' },
          { key: 'memory', name: 'Memory', className: 'line-secondary' },
        ]}
      />
      {hasIo && (
        <LineCard
          title="Network and disk activity"
          id="live-activity"
          points={points}
          format={perSecond}
          lines={[
            { key: 'received', name: 'Received', className: 'line-primary' },
            { key: 'sent', name: 'Sent', className: 'line-secondary' },
            { key: 'read', name: 'Disk read', className: 'line-third' },
            { key: 'written', name: 'Disk written', className: 'line-fourth' },
          ]}
        />
      )}
    </div>
  );
}
