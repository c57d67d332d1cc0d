// Test support: Debian's Chromium driven by playwright-core (no browser download).
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.HANDRAISE_CHROMIUM ?? '/usr/bin/chromium';

/** Longest wait for Chromium to close by itself after a test file, in ms. */
const CLOSE_TIMEOUT_MS = 20_000;

/** Launches headless Chromium with the flags this sandbox needs (no network beyond loopback). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Chromium processes this test process started itself (its direct children), by pid. */
function ownChromiumProcesses(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === process.pid && name.startsWith('chrom')) pids.push(Number(entry));
    } catch {
      // Gone between the listing and the read.
    }
  }
  return pids;
}

/**
 * Closes Chromium, and if it has not closed within CLOSE_TIMEOUT_MS, kills it: a browser stuck
 * on its way out must not hold the test file (and the whole run) open.
 */
export async function closeBrowser(browser: Browser): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timed-out'>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), CLOSE_TIMEOUT_MS);
  });
  const outcome = await Promise.race([browser.close().then(() => 'closed' as const), timedOut]);
  clearTimeout(timer);
  if (outcome === 'closed') return;
  const stuck = ownChromiumProcesses();
  process.stderr.write(
    `Chromium did not close within ${CLOSE_TIMEOUT_MS / 1000} s; killing ${stuck.join(', ') || 'nothing left'}\n`,
  );
  for (const pid of stuck) process.kill(pid, 'SIGKILL');
}
