import type { CollectorNote } from '@handraise/shared';
import { parseDmidecode } from '../../../parsers/hardware/dmidecode.ts';
import type { MemoryFacts } from '../../../parsers/hardware/hardware-facts.ts';
import { isOnPath, runCommand } from '../../../run-command.ts';
import { pathWithSbin } from '../state/state-reading.ts';

const COLLECTOR = 'memory-modules';

/** dmidecode reads a few kilobytes of firmware tables; a second is plenty, five is generous. */
const DMIDECODE_TIMEOUT_MS = 5_000;

export type MemoryModulesContext = {
  run: typeof runCommand;
  /** Only root may read the tables dmidecode decodes. */
  isRoot: boolean;
  hasDmidecode: boolean;
};

export type MemoryModulesReading = { memory?: MemoryFacts; notes: CollectorNote[] };

function defaultContext(): MemoryModulesContext {
  return {
    run: runCommand,
    isRoot: process.getuid?.() === 0,
    hasDmidecode: isOnPath('dmidecode', pathWithSbin(process.env.PATH)),
  };
}

/**
 * The memory modules in their slots (`dmidecode -t 17`), only where dmidecode can run: as root
 * and installed. Never through sudo: an agent must not ask anyone for a password.
 */
export async function readLinuxMemoryModules(
  context: MemoryModulesContext = defaultContext(),
): Promise<MemoryModulesReading> {
  const note = (error: string): MemoryModulesReading => ({
    notes: [{ collector: COLLECTOR, error }],
  });
  if (!context.hasDmidecode) return note('dmidecode is not installed');
  if (!context.isRoot) return note('dmidecode needs root: the agent runs as a normal user');
  try {
    const { stdout } = await context.run('dmidecode', ['-t', '17'], {
      timeoutMs: DMIDECODE_TIMEOUT_MS,
      env: { PATH: pathWithSbin(process.env.PATH) },
    });
    const memory = parseDmidecode(stdout).memory;
    if (memory === undefined || memory.modules.length === 0) {
      return { ...(memory ? { memory } : {}), ...note('the firmware lists no memory module') };
    }
    return { memory, notes: [] };
  } catch (error) {
    return note(`dmidecode failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
