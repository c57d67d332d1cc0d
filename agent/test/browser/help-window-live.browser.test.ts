// Whoever sits at the computer sees, while it happens, that a named helper is watching its live
// figures: the tray's real runtime samples this machine for the coordinator's console, and the
// help window says who is watching and what they cannot do, until they stop.
import { describe, expect, it } from 'vitest';
import type { LiveFigures } from '@handraise/shared';
import { connectHelper, enrollComputer, startHub } from '../support/hub-harness.ts';
import { LIVE_TIMEOUT_MS, openHelpWindow, saveArtifact, visible } from '../support/page-helpers.ts';
import { startTrayHarness } from '../support/tray-harness.ts';
import { useWindowFixture } from '../support/window-fixture.ts';

describe('help window while someone watches live figures', () => {
  const { browser, siteUrl, tempDir, onCleanup } = useWindowFixture();

  it('names the watcher above every view, in the reader’s language, and forgets them after', async () => {
    const hub = await startHub(tempDir('handraise-hub-'));
    onCleanup(() => hub.close());
    const agentDir = tempDir('handraise-agent-');
    const { deviceId } = await enrollComputer(hub.url, agentDir, 'art-room-mac');
    const tray = startTrayHarness(agentDir);
    onCleanup(() => tray.close());
    await tray.runtime.started;
    const coordinator = await connectHelper(hub.url);
    onCleanup(() => coordinator.close());

    const { page, problems } = await openHelpWindow(browser(), tray, siteUrl(), 'ask');
    const banner = page.getByTestId('live-viewers');
    await visible(page.getByRole('radio', { name: 'Printer' }));
    expect(await banner.count()).toBe(0);

    const figures: LiveFigures[] = [];
    coordinator.socket.on('device:live', (f) => figures.push(f));
    await expect
      .poll(() => coordinator.ask('device:watch', { deviceId }).then(() => true), {
        timeout: LIVE_TIMEOUT_MS,
      })
      .toBe(true);
    await visible(banner);
    expect(await banner.textContent()).toMatch(
      /^Coordinator \(IT coordinator\) is looking at this computer’s live figures now: processor, memory and programs running\. Nobody can see your screen or control this computer\.$/,
    );
    // The figures the window speaks of are this machine's, sampled by the tray's own agent.
    await expect.poll(() => figures.length, { timeout: LIVE_TIMEOUT_MS }).toBeGreaterThan(0);
    expect(figures[0]!.processes.agent?.pid).toBe(process.pid);
    await saveArtifact(page, 'help-window-live-viewer.png', { fullPage: false });

    // The banner stays on every view while it lasts.
    await page.getByRole('button', { name: 'This computer' }).click();
    await visible(banner);

    await coordinator.ask('device:unwatch', { deviceId });
    await banner.waitFor({ state: 'detached', timeout: LIVE_TIMEOUT_MS });

    // In Spanish, for a window opened while someone is already watching.
    await coordinator.ask('device:watch', { deviceId });
    await expect
      .poll(() => tray.runtime.desk.liveViewers().length, {
        timeout: LIVE_TIMEOUT_MS,
      })
      .toBe(1);
    tray.setLocale('es');
    const spanish = await openHelpWindow(browser(), tray, siteUrl(), 'ask');
    await visible(spanish.page.getByTestId('live-viewers'));
    expect(await spanish.page.getByTestId('live-viewers').textContent()).toContain(
      'está viendo en vivo el uso de esta computadora',
    );
    await saveArtifact(spanish.page, 'help-window-live-viewer-es.png', { fullPage: false });
    expect([...problems, ...spanish.problems]).toEqual([]);
  });
});
