import { collectInventory } from '../inventory.ts';
import { fullReport } from '../inventory-report.ts';
import { EXIT, say, settingsFrom, type Values } from './arguments.ts';

/** `inventory`: what this computer would report, as JSON or in a few lines. */
export async function commandInventory(values: Values): Promise<number> {
  const inventory = await collectInventory({ dataDir: settingsFrom(values).dataDir });
  if (values.json) {
    say(JSON.stringify(fullReport(inventory), null, 2));
    return EXIT.ok;
  }
  const { os, hardware, software, updates } = inventory.sections;
  say(`${os.hostname}: ${os.name} ${os.version} (${os.arch})`);
  say(`${hardware.manufacturer ?? ''} ${hardware.model ?? ''}`.trim() || 'hardware maker unknown');
  say(
    `CPU ${hardware.cpu.brand}, ${hardware.cpu.cores} threads; memory ${(hardware.memoryBytes / 1024 ** 3).toFixed(1)} GiB`,
  );
  say(`${software.length} installed packages, ${updates.length} pending updates`);
  for (const note of inventory.notes) say(`note: ${note.collector}: ${note.error}`);
  return EXIT.ok;
}
