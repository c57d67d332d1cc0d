// "This computer" lists exactly what the agent sends and, under each, who can see it: the
// inventory's sections, help requests, live figures and the agent's own cost, in English and in
// Spanish. Checked with axe in both colour schemes and pictured.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/ipc/messages/en.ts';
import { es } from '../../src/ipc/messages/es.ts';
import { collectedTopics } from '../../src/tray/collected-data.ts';
import { enrollComputer, startHub } from '../support/hub-harness.ts';
import { openHelpWindow, saveArtifact, visible } from '../support/page-helpers.ts';
import { startTrayHarness } from '../support/tray-harness.ts';
import { allAxeViolations } from '../support/window-a11y.ts';
import { useWindowFixture } from '../support/window-fixture.ts';

describe('"This computer": what is collected and who can see it', () => {
  const { browser, siteUrl, tempDir, onCleanup } = useWindowFixture();

  it('lists every topic the agent sends with who sees it, in both languages', async () => {
    const hub = await startHub(tempDir('handraise-hub-'));
    onCleanup(() => hub.close());
    const agentDir = tempDir('handraise-agent-');
    await enrollComputer(hub.url, agentDir, 'library-pc-7');
    const tray = startTrayHarness(agentDir);
    onCleanup(() => tray.close());

    const { page, problems } = await openHelpWindow(browser(), tray, siteUrl(), 'about');
    const list = page.getByRole('region', {
      name: 'What Handraise sends to the school, and who can see it',
    });
    await visible(list);
    const items = list.getByRole('listitem');
    const expected = collectedTopics().map(
      (topic) => `${en[`about.collected.${topic}`]}${en[`about.seenBy.${topic}`]}`,
    );
    expect(await items.allTextContents()).toEqual(expected);
    expect(await list.locator('.seen-by').count()).toBe(collectedTopics().length);
    // The parts a student advisor never sees are named as such.
    expect(await items.nth(1).textContent()).toContain(
      'never the serial numbers or network card addresses',
    );
    const violations: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      violations.push(...(await allAxeViolations(page)).map((v) => `${scheme} ${v}`));
      await saveArtifact(page, `help-window-about-collected-${scheme}.png`);
    }
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();

    tray.setLocale('es');
    const spanish = await openHelpWindow(browser(), tray, siteUrl(), 'about');
    const lista = spanish.page.getByRole('region', {
      name: 'Lo que Handraise envía a la escuela, y quién lo puede ver',
    });
    await visible(lista);
    expect(await lista.getByRole('listitem').allTextContents()).toEqual(
      collectedTopics().map(
        (topic) => `${es[`about.collected.${topic}`]}${es[`about.seenBy.${topic}`]}`,
      ),
    );
    expect(spanish.problems).toEqual([]);
    await spanish.page.close();
  });
});
