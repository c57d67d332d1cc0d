import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK } from '../../lib/chart-ticks.ts';
import type { SoftwareTitleSummary } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { ChartTooltip } from '../../components/ChartTooltip.tsx';
import { plural } from '../../lib/format.ts';
import { navigate } from '../../lib/route.ts';
import { softwareTitle } from '../../lib/today-links.ts';
import { pendingTitles } from '../../lib/pending-titles.ts';

/**
 * Titles that wait for an update the computers' own package managers offer, on the most
 * computers, security fixes first (in red, and counted in the table). Each bar opens its title; the table under the chart holds the
 * same as links, for the keyboard and screen readers.
 */
export function PendingUpdatesChart({ titles }: { titles: SoftwareTitleSummary[] | null }) {
  const shown = titles === null ? null : pendingTitles(titles);
  return (
    <Card title="Titles behind" id="pending-updates" hint="computers that need each update">
      {shown === null ? (
        <p className="muted">Loading…</p>
      ) : shown.length === 0 ? (
        <p className="muted">No device reports a pending update.</p>
      ) : (
        <>
          <figure className="chart tall clickable" aria-hidden="true">
            <BarChart
              responsive
              accessibilityLayer={false}
              layout="vertical"
              data={shown}
              className="chart-svg"
              margin={{ left: 8, right: 16 }}
            >
              <CartesianGrid horizontal={false} />
              <XAxis tick={AXIS_TICK} type="number" allowDecimals={false} tickLine={false} />
              <YAxis
                tick={AXIS_TICK}
                type="category"
                dataKey="name"
                width={170}
                tickLine={false}
                axisLine={false}
                interval={0}
              />
              <Tooltip
                cursor={{ className: 'chart-cursor' }}
                content={<ChartTooltip unit={(n) => plural(n, 'device')} />}
              />
              <Bar
                dataKey="pendingCount"
                name="Devices waiting"
                radius={[0, 3, 3, 0]}
                maxBarSize={16}
                onClick={(_bar, index) => {
                  const title = shown[index];
                  if (title) navigate('software', title.key);
                }}
              >
                {shown.map((t) => (
                  <Cell
                    key={t.key}
                    className={t.securityCount > 0 ? 'bar-security' : 'bar-secondary'}
                  />
                ))}
              </Bar>
            </BarChart>
          </figure>
          <table className="chart-table" data-testid="pending-updates-table">
            <caption>Titles behind: computers that need each update</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Devices</th>
                <th scope="col">Of which security updates</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((t) => (
                <tr key={t.key}>
                  <td>
                    <a href={softwareTitle(t.key)}>{t.name}</a>
                  </td>
                  <td>{t.pendingCount}</td>
                  <td>{t.securityCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Card>
  );
}
