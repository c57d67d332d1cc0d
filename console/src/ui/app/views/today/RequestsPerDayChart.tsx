import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { Card } from '../../components/Card.tsx';
import { ChartTooltip } from '../../components/ChartTooltip.tsx';
import { plural } from '../../lib/format.ts';
import type { DayCount } from '../../lib/today-stats.ts';

/** Requests raised per day over the last 30 days; a table carries the same for screen readers. */
export function RequestsPerDayChart({ days }: { days: DayCount[] }) {
  const total = days.reduce((sum, d) => sum + d.count, 0);
  return (
    <Card
      title="Requests per day"
      id="requests-per-day"
      hint={`${plural(total, 'request')} in 30 days`}
    >
      <figure className="chart tall" aria-hidden="true">
        <BarChart
          responsive
          accessibilityLayer={false}
          data={days}
          className="chart-svg"
          margin={{ left: -18, right: 8 }}
        >
          <CartesianGrid vertical={false} />
          <XAxis dataKey="label" tickLine={false} interval="preserveStartEnd" minTickGap={24} />
          <YAxis allowDecimals={false} tickLine={false} axisLine={false} width={48} />
          <Tooltip
            cursor={{ className: 'chart-cursor' }}
            content={<ChartTooltip unit={(n) => plural(n, 'request')} />}
          />
          <Bar dataKey="count" className="bar-primary" radius={[3, 3, 0, 0]} maxBarSize={22} />
        </BarChart>
      </figure>
      <table className="sr-only">
        <caption>Requests per day, last 30 days</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Requests</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <td>{d.label}</td>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
