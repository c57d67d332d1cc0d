// `npm run bench` (console part): the built console in Debian's Chromium against a hub with 1,000
// and then 10,000 simulated computers (the real protocol, from a process of their own): first load
// to a usable Devices view, search, sort and a scroll through the whole table, then the list of
// every computer with the fleet's most common title. Each step: time, longest task (target: none
// over 200 ms at 10,000), DOM nodes and the JS heap after a garbage collection; both sizes side by
// side with their ratio.
import type { SoftwareTitleSummary } from '@handraise/shared';
import { renderFigures } from './console-ui/figures-table.ts';
import { measureConsole, type ConsoleFigures } from './console-ui/measure-console.ts';
import { buildUiIfStale, newDataDir, startHubProcess } from './console-ui/hub-process.ts';
import { seedDatabase } from './console-ui/seed-database.ts';
import { startFleet } from './simulation/fleet.ts';
// The browser tests' own launch: Debian's Chromium with the flags this sandbox needs.
import { launchBrowser } from '../test/support/browser.ts';

const SIZES = (process.env.HANDRAISE_BENCH_CONSOLE_SIZES ?? '1000,10000')
  .split(',')
  .map((size) => Number(size));
/**
 * `live`: the simulated computers enroll, report and stay connected over the real protocol, from
 * a process of their own (minutes for 10,000 on a busy 2-core machine). `seeded` (the default):
 * the same computers written into the database before the hub starts, offline, as after a restart.
 */
const FLEET = process.env.HANDRAISE_BENCH_CONSOLE_FLEET === 'live' ? 'live' : 'seeded';
const SITE = 'Bench school';
const PASSWORD = 'bench-console-password';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** The title on the most computers, from the hub's API (as the Software view reads it). */
async function commonestTitle(url: string, password: string): Promise<SoftwareTitleSummary> {
  const signIn = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  const { data: session } = (await signIn.json()) as { data: { token: string } };
  const response = await fetch(`${url}/api/software`, {
    headers: { authorization: `Bearer ${session.token}` },
  });
  const { data: titles } = (await response.json()) as { data: SoftwareTitleSummary[] };
  const [top] = [...titles].sort((a, b) => b.deviceCount - a.deviceCount);
  if (!top) throw new Error('the hub lists no software');
  return top;
}

/** The simulated computers the hub knows: a live fleet to stop afterwards, or none. */
async function fleetFor(devices: number, hubUrl: string): Promise<{ stop(): Promise<void> }> {
  if (FLEET === 'seeded') return { stop: async () => undefined };
  return startFleet({
    hubUrl,
    adminPassword: PASSWORD,
    devices,
    site: SITE,
    demoRequests: false,
  });
}

async function measureAt(devices: number): Promise<ConsoleFigures> {
  const started = performance.now();
  const dataDir = newDataDir();
  if (FLEET === 'seeded') await seedDatabase(dataDir, devices, SITE);
  const hub = await startHubProcess(PASSWORD, dataDir);
  try {
    const fleet = await fleetFor(devices, hub.url);
    try {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      say(`  ${devices} computers (${FLEET}) ready in ${seconds} s`);
      const title = await commonestTitle(hub.url, PASSWORD);
      const browser = await launchBrowser();
      try {
        return await measureConsole(
          browser,
          { url: hub.url, password: PASSWORD, devices },
          { key: title.key, deviceCount: title.deviceCount },
        );
      } finally {
        await browser.close();
      }
    } finally {
      await fleet.stop();
    }
  } finally {
    await hub.stop();
  }
}

async function main(): Promise<void> {
  buildUiIfStale();
  say(
    'Console in Chromium (hub in its own process, simulated computers in another; 2 cores shared)',
  );
  const figures: { devices: number; figures: ConsoleFigures }[] = [];
  for (const devices of SIZES) figures.push({ devices, figures: await measureAt(devices) });
  say(renderFigures(figures));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`console bench failed: ${String(error)}\n`);
    process.exit(1);
  },
);
