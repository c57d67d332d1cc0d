// Peak memory of a process tree, from repeated /proc samples.
import { descendants, readExecutable, readMemory, readProgramName } from './proc.ts';

export type TreePeaks = {
  /** Peak resident memory (VmHWM) of the root process itself. */
  mainPeakRssKb: number;
  /** Largest sum of VmRSS over the root and its descendants at one sample, fork copies aside. */
  treePeakRssKb: number;
  /** The same sum counting fork copies too: shared pages counted twice. */
  treePeakRssRawKb: number;
  /** Most processes in the tree at one sample. */
  maxProcesses: number;
  /** Processes sampled at least once, counted by program name: what the run started. */
  programs: Record<string, number>;
  samples: number;
};

export type TreeSampler = { sample: () => void; peaks: () => TreePeaks };

export function treeSampler(root: number): TreeSampler {
  let mainPeakRssKb = 0;
  let treePeakRssKb = 0;
  let treePeakRssRawKb = 0;
  let maxProcesses = 0;
  let samples = 0;
  // Latest name per pid: a child sampled between fork and exec still bears its parent's name.
  const names = new Map<number, string>();

  const sample = () => {
    const main = readMemory(root);
    if (main === null) return;
    const executables = new Map([[root, readExecutable(root)]]);
    let tree = main.rssKb;
    let raw = main.rssKb;
    const found = descendants(root);
    for (const { pid, parent } of found) {
      const rssKb = readMemory(pid)?.rssKb ?? 0;
      const executable = readExecutable(pid);
      executables.set(pid, executable);
      raw += rssKb;
      // A child still running its parent's program has forked but not exec'd yet: its resident
      // pages are the parent's, shared copy-on-write, and would count the parent twice.
      if (executable === null || executable !== executables.get(parent)) tree += rssKb;
      const name = readProgramName(pid);
      if (name !== null) names.set(pid, name);
    }
    names.set(root, readProgramName(root) ?? '?');
    mainPeakRssKb = Math.max(mainPeakRssKb, main.hwmKb);
    treePeakRssKb = Math.max(treePeakRssKb, tree);
    treePeakRssRawKb = Math.max(treePeakRssRawKb, raw);
    maxProcesses = Math.max(maxProcesses, 1 + found.length);
    samples += 1;
  };

  const peaks = (): TreePeaks => {
    const programs: Record<string, number> = {};
    for (const name of names.values()) programs[name] = (programs[name] ?? 0) + 1;
    return {
      mainPeakRssKb,
      // The root alone reached its VmHWM, so a lower tree sum only means no sample caught it.
      treePeakRssKb: Math.max(treePeakRssKb, mainPeakRssKb),
      treePeakRssRawKb: Math.max(treePeakRssRawKb, mainPeakRssKb),
      maxProcesses,
      programs,
      samples,
    };
  };

  return { sample, peaks };
}
