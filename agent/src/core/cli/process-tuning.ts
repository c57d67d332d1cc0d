import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings that trade peak JavaScript speed for memory. The agent sits on every school
 * computer, mostly idle; its work is waiting on tools, files and the network, not computing.
 * Measured on one inventory (agent/bench/footprint.ts): ~7 MB less resident memory, CPU time
 * unchanged within noise.
 * - The young generation starts at 1 MB and doubles each time it fills, up to 16 MB, and stays
 *   grown: loading the agent's code alone grows it to 8 MB. Kept at its first size, it costs a
 *   few more minor collections and saves ~5 MB.
 * - The compilers to machine code (Sparkplug, Maglev, Turbofan) each take memory for code and
 *   working space, to speed up loops (parsing apt's output, validating 900 packages) that run
 *   once per inventory. Without them V8 interprets its bytecode, as in its own "lite mode".
 * V8 reads these flags whenever it would grow the space or compile a function, so setting them
 * once the process runs takes effect.
 */
const V8_MEMORY_FLAGS = [
  '--semi-space-growth-factor=1',
  '--no-sparkplug',
  '--no-maglev',
  '--no-turbofan',
];

/**
 * Settings for the agent's own process (`handraise-agent …` started from its bundle), never for
 * a program that merely imports the agent's code, such as the tests.
 */
export function tuneAgentProcess(): void {
  for (const flag of V8_MEMORY_FLAGS) setFlagsFromString(flag);
}
