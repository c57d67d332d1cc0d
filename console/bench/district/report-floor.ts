// What the hub's own JavaScript costs per full report, measured alone in this process: no socket,
// no storage, one core, each step timed over the bench's own profiles. Set beside the bare
// server's CPU per report, it says how far the ingest ratio to bare can go on this machine while
// the hub still checks and judges every report it takes.
import {
  inventoryReportMessageSchema,
  SECTION_NAMES,
  type InventoryReport,
} from '@handraise/shared';
import { hashSection } from '../../src/hub/inventory-hash.ts';
import { BUNDLED_OS_LIFECYCLE } from '../../src/hub/software/os-lifecycle-table.ts';
import { OutdatedEngine } from '../../src/hub/software/outdated-engine.ts';
import { TitleResolver } from '../../src/hub/software/title-resolver.ts';
import type { DeviceProfile } from '../simulation/device-profile.ts';
import { fullReport } from '../simulation/simulated-agent.ts';

export type FloorStep = { label: string; msPerReport: number };

/** Reports each step is timed over, after as many again to warm up. */
const SAMPLE = 1_000;

export function measureReportFloor(profiles: readonly DeviceProfile[]): FloorStep[] {
  const reports: InventoryReport[] = profiles.slice(0, SAMPLE).map(fullReport);
  const engine = new OutdatedEngine(() => '2026-12-01');
  engine.setResolver(new TitleResolver([]));
  engine.setRules([], []);
  engine.setLifecycle(BUNDLED_OS_LIFECYCLE);

  const steps: [string, (report: InventoryReport, index: number) => unknown][] = [
    [
      'checking the report against its schema',
      (report) => inventoryReportMessageSchema.parse(report),
    ],
    [
      'checking every section against its hash',
      (report) => {
        for (const name of SECTION_NAMES) {
          const section = report.sections[name];
          if (section !== undefined) hashSection(section);
        }
      },
    ],
    ['writing the software list as JSON', (report) => JSON.stringify(report.sections.software)],
    [
      'judging its programs (verdict engine)',
      (report, index) => {
        const { os, software, updates } = report.sections;
        if (!os || !software || !updates) return;
        engine.setDevice({
          id: `floor-${index}`,
          name: os.hostname,
          site: null,
          room: null,
          os,
          notes: [],
          updatesReported: true,
          software,
          updates,
        });
      },
    ],
  ];
  return steps.map(([label, step]) => {
    reports.forEach(step);
    const started = performance.now();
    reports.forEach(step);
    return { label, msPerReport: (performance.now() - started) / reports.length };
  });
}
