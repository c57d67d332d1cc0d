import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK } from '../../lib/chart-ticks.ts';
import { Card } from '../../components/Card.tsx';
import { ChartTooltip } from '../../components/ChartTooltip.tsx';
import { plural } from '../../lib/format.ts';
import { requestsOnDay } from '../../lib/today-links.ts';
import type { DayCount } from '../../lib/today-stats.ts';

/**
 * Requests raised per day over the last 30 days; a bar opens that day's requests, and the table
 * under the chart holds the same as links, for the keyboard and screen readers.
 */
export function RequestsPerDayChart({ days }: { days: DayCount[] }) {
  const total = days.reduce((sum, d) => sum + d.count, 0);
  return (
    <Card
      title="Requests per day"
      id="requests-per-day"
      hint={`${plural(total, 'request')} in 30 days`}
    >
      <figure className="chart tall clickable" aria-hidden="true">
        <BarChart
          responsive
          accessibilityLayer={false}
          data={days}
          className="chart-svg"
          margin={{ left: -18, right: 8 }}
        >
          <CartesianGrid vertical={false} />
          <XAxis
            tick={AXIS_TICK}
            dataKey="label"
            tickLine={false}
            interval="preserveStartEnd"
            minTickGap={24}
          />
          <YAxis
            tick={AXIS_TICK}
            allowDecimals={false}
            tickLine={false}
            axisLine={false}
            width={48}
          />
          <Tooltip
            cursor={{ className: 'chart-cursor' }}
            content={<ChartTooltip unit={(n) => plural(n, 'request')} />}
          />
          <Bar
            dataKey="count"
            className="bar-primary"
            radius={[3, 3, 0, 0]}
            maxBarSize={22}
            onClick={(_bar, index) => {
              const day = days[index];
              if (day) window.location.hash = requestsOnDay(day.day);
            }}
          />
        </BarChart>
      </figure>
      <table className="chart-table" data-testid="requests-per-day-table">
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
              <td>
                <a href={requestsOnDay(d.day)}>{d.label}</a>
              </td>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
