import { createCostMeter } from '../cost/cost-meter.ts';
import { collectInventory } from '../inventory.ts';
import { fullReport } from '../inventory-report.ts';
import type { AgentCost } from '@handraise/shared';
import { EXIT, say, settingsFrom, type Values } from './arguments.ts';

/**
 * `inventory`: what this computer would report, as JSON or in a few lines, with what collecting
 * it cost this process (from its start) and the tools it ran.
 */
export async function commandInventory(values: Values): Promise<number> {
  const meter = createCostMeter({ fromProcessStart: true });
  const inventory = await collectInventory({ dataDir: settingsFrom(values).dataDir });
  const { cost } = meter.read(inventory.durationsMs);
  if (values.json) {
    say(JSON.stringify({ ...fullReport(inventory), cost }, null, 2));
    return EXIT.ok;
  }
  const { os, hardware, software, updates } = inventory.sections;
  say(`${os.hostname}: ${os.name} ${os.version} (${os.arch})`);
  say(`${hardware.manufacturer ?? ''} ${hardware.model ?? ''}`.trim() || 'hardware maker unknown');
  say(
    `CPU ${hardware.cpu.brand}, ${hardware.cpu.cores} threads; memory ${(hardware.memoryBytes / 1024 ** 3).toFixed(1)} GiB`,
  );
  say(`${software.length} installed packages, ${updates.length} pending updates`);
  say(costLine(cost));
  for (const note of inventory.notes) say(`note: ${note.collector}: ${note.error}`);
  return EXIT.ok;
}

/** "collected in 1.4 s (software 1.4 s, updates 0.9 s, …); CPU 0.8 s, tools 0.6 s; peak 61 MiB" */
function costLine(cost: AgentCost): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const sections = Object.entries(cost.sections)
    .filter((entry): entry is [string, number] => entry[1] !== undefined)
    .sort(([, a], [, b]) => b - a);
  const wall = Math.max(0, ...sections.map(([, ms]) => ms));
  const parts = sections.map(([name, ms]) => `${name} ${seconds(ms)}`).join(', ');
  const tools = cost.toolsCpuMs === undefined ? '' : `, tools ${seconds(cost.toolsCpuMs)}`;
  const peakMiB = Math.round(cost.peakRssBytes / 2 ** 20);
  return `collected in ${seconds(wall)} (${parts}); CPU ${seconds(cost.cpuMs)}${tools}; peak ${peakMiB} MiB`;
}
