import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { PendingUpdateTitle } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { ChartTooltip } from '../../components/ChartTooltip.tsx';
import { plural } from '../../lib/format.ts';

/** Titles that wait for an update on the most devices (from the devices' own package managers). */
export function PendingUpdatesChart({ titles }: { titles: PendingUpdateTitle[] | null }) {
  return (
    <Card title="Pending updates by title" id="pending-updates" hint="devices waiting for each">
      {titles === null ? (
        <p className="muted">Loading…</p>
      ) : titles.length === 0 ? (
        <p className="muted">No device reports a pending update.</p>
      ) : (
        <>
          <figure className="chart tall" aria-hidden="true">
            <BarChart
              responsive
              accessibilityLayer={false}
              layout="vertical"
              data={titles}
              className="chart-svg"
              margin={{ left: 8, right: 16 }}
            >
              <CartesianGrid horizontal={false} />
              <XAxis type="number" allowDecimals={false} tickLine={false} />
              <YAxis
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
                dataKey="deviceCount"
                className="bar-secondary"
                radius={[0, 3, 3, 0]}
                maxBarSize={16}
              />
            </BarChart>
          </figure>
          <table className="sr-only">
            <caption>Pending updates by title</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Devices</th>
                <th scope="col">Of which security updates</th>
              </tr>
            </thead>
            <tbody>
              {titles.map((t) => (
                <tr key={t.name}>
                  <td>{t.name}</td>
                  <td>{t.deviceCount}</td>
                  <td>{t.securityDeviceCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Card>
  );
}
