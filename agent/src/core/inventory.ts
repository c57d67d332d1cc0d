import { createHash } from 'node:crypto';
import { MAX_SOFTWARE_ITEMS, MAX_UPDATE_ITEMS, canonicalJson } from '@handraise/shared';
import type {
  CollectorNote,
  DeviceState,
  Hardware,
  Hotfix,
  InventorySections,
  OsInfo,
  PendingUpdate,
  SectionDurations,
  SectionHashes,
  SoftwareItem,
} from '@handraise/shared';
import { defaultCollectors, type Collectors } from './collectors/default-collectors.ts';
import { Noted } from './collectors/noted.ts';
import { PartialCollectionError } from './collectors/software.ts';
import { fallbackHardware, fallbackOs } from './fallback-sections.ts';
import { SECTION_ORDER } from './sections.ts';
import { withTimeout } from './with-timeout.ts';

export type { Collectors };

export type CollectedInventory = {
  collectedAt: string;
  sections: InventorySections;
  hashes: SectionHashes;
  notes: CollectorNote[];
  /**
   * How long each section took, ms, whether it succeeded or not (a timeout counts its limit);
   * absent from a collection made some other way (a test's stand-in).
   */
  durationsMs?: SectionDurations;
};

/**
 * Longest each section may take; past it the report goes out without that section rather than
 * not at all. Each tool has its own, shorter timeout inside; these bound the section as a whole.
 * OS answers in well under a second. Hardware and state wait for the platform's detail readers:
 * on Windows one PowerShell run of some twenty CIM classes, bounded at 60 s inside
 * (collectors/windows/hardware-details.ts); elsewhere a few seconds. Software: system_profiler
 * can take a minute on a Mac with many apps. Updates: the Windows Update search takes up to two
 * minutes, softwareupdate asks Apple's servers. Hotfixes read the registry and QFE.
 */
export const SECTION_TIMEOUT_MS = {
  os: 20_000,
  hardware: 75_000,
  software: 90_000,
  updates: 150_000,
  hotfixes: 60_000,
  state: 75_000,
} as const satisfies Record<keyof Collectors, number>;

/**
 * The check of a section against the contract, loaded once the first collector is done (and
 * then kept by the module loader), so the package tools (apt above all) start first.
 */
const loadSectionCheck = () => import('./section-check.ts');

/** Note texts stay under the contract's 512-character short-string bound. */
const MAX_NOTE_ERROR_CHARS = 500;
/** The contract takes at most 64 notes; the last place says how many more there were. */
const MAX_NOTES = 64;

/** Runs all collectors concurrently and assembles a report that is valid even if some fail. */
export async function collectInventory(
  options: {
    collectors?: Partial<Collectors>;
    timeoutMs?: number;
    now?: () => Date;
    /** The agent's data folder, where collectors may cache answers; none without it. */
    dataDir?: string | undefined;
  } = {},
): Promise<CollectedInventory> {
  const collectors: Collectors = {
    ...(await defaultCollectors({ dataDir: options.dataDir })),
    ...options.collectors,
  };
  const timeout = (name: keyof Collectors) => options.timeoutMs ?? SECTION_TIMEOUT_MS[name];
  const collectedAt = (options.now ?? (() => new Date()))().toISOString();

  // The slowest first (package managers), so their tools start before the quick reads.
  const updates = runCollector('updates', collectors.updates, timeout('updates'));
  const software = runCollector('software', collectors.software, timeout('software'));
  const hotfixes = runCollector('hotfixes', collectors.hotfixes, timeout('hotfixes'));
  const hardware = runCollector('hardware', collectors.hardware, timeout('hardware'));
  const os = runCollector('os', collectors.os, timeout('os'));
  const state = runCollector('state', collectors.state, timeout('state'));
  return assemble(
    collectedAt,
    await Promise.all([os, hardware, software, updates, hotfixes, state]),
  );
}

function assemble(
  collectedAt: string,
  [os, hardware, software, updates, hotfixes, state]: [
    Outcome<OsInfo>,
    Outcome<Hardware>,
    Outcome<SoftwareItem[]>,
    Outcome<PendingUpdate[]>,
    Outcome<Hotfix[]>,
    Outcome<DeviceState>,
  ],
): CollectedInventory {
  // Notes in section order, not in the order failures happened, so equal runs read alike.
  const notes: CollectorNote[] = [os, hardware, software, updates, hotfixes, state].flatMap(
    (outcome) => (outcome.ok ? outcome.notes : [outcome.note]),
  );
  const durationsMs: SectionDurations = {
    os: os.durationMs,
    hardware: hardware.durationMs,
    software: software.durationMs,
    updates: updates.durationMs,
    hotfixes: hotfixes.durationMs,
    state: state.durationMs,
  };

  const sections: InventorySections = {
    os: os.ok ? os.value : fallbackOs(),
    hardware: hardware.ok ? hardware.value : fallbackHardware(),
    software: capList('software', sortSoftware(valueOr(software, [])), MAX_SOFTWARE_ITEMS, notes),
    updates: capList('updates', sortUpdates(valueOr(updates, [])), MAX_UPDATE_ITEMS, notes),
    hotfixes: capList('hotfixes', sortHotfixes(valueOr(hotfixes, [])), MAX_UPDATE_ITEMS, notes),
  };
  // No state at all rather than an empty one: the hub keeps the last state it had.
  if (state.ok) sections.state = state.value;
  return {
    collectedAt,
    sections,
    hashes: hashSections(sections),
    notes: capNotes(notes),
    durationsMs,
  };
}

function capNotes(notes: CollectorNote[]): CollectorNote[] {
  if (notes.length <= MAX_NOTES) return notes;
  const left = notes.length - (MAX_NOTES - 1);
  return [...notes.slice(0, MAX_NOTES - 1), { collector: 'notes', error: `${left} more left out` }];
}

/** Hex SHA-256 of a value's canonical JSON: the hash the hub compares section by section. */
export function hashSection(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}

/** Hashes each inventory section. */
export function hashSections(sections: InventorySections): SectionHashes {
  const hashes: Partial<SectionHashes> = {};
  // A section the agent has no reader for (state, on earlier builds) has no hash either.
  for (const name of SECTION_ORDER) {
    if (sections[name] !== undefined) hashes[name] = hashSection(sections[name]);
  }
  return hashes as SectionHashes;
}

type Settled<T> =
  { ok: true; value: T; notes: CollectorNote[] } | { ok: false; note: CollectorNote };
type Outcome<T> = Settled<T> & { durationMs: number };

// The collector's value, or why there is none: a failure, a timeout, or data the hub would
// refuse (which would otherwise void the whole report).
async function runCollector<T>(
  name: keyof Collectors,
  collect: () => Promise<T | Noted<T>>,
  timeoutMs: number,
): Promise<Outcome<T>> {
  const started = performance.now();
  // Whole milliseconds: the figure is for people, and a stable width keeps reports small.
  let durationMs: number | undefined;
  const stopClock = () => (durationMs ??= Math.round(performance.now() - started));
  const settled = await settleCollector(name, collect, timeoutMs, stopClock);
  return { ...settled, durationMs: stopClock() };
}

/**
 * The collector's outcome. `collected` is called once its tools have answered (or failed), before
 * the contract check: the section's duration is its own collecting, not the wait for the check's
 * module, which every section shares.
 */
async function settleCollector<T>(
  name: keyof Collectors,
  collect: () => Promise<T | Noted<T>>,
  timeoutMs: number,
  collected: () => void,
): Promise<Settled<T>> {
  try {
    // Promise.resolve().then: a collector that throws synchronously is handled like a rejection.
    let value: unknown;
    let notes: CollectorNote[] = [];
    try {
      value = await withTimeout(Promise.resolve().then(collect), timeoutMs, name);
      collected();
      if (value instanceof Noted) {
        notes = [...(value as Noted<unknown>).notes].map(
          (entry) => failure(entry.collector, entry.error).note,
        );
        value = (value as Noted<unknown>).value;
      }
    } catch (error) {
      collected();
      // Some package tools answered and some did not: keep what came, say what is missing.
      if (!(error instanceof PartialCollectionError)) throw error;
      value = error.items;
      notes = error.failures.map((f) => failure(`${name}/${f.collector}`, f.error).note);
    }
    const check = (await loadSectionCheck()).checkSection(name, value);
    if (check.ok) return { ok: true, value: value as T, notes };
    return failure(name, `invalid data at ${check.where}: ${check.message}`);
  } catch (error) {
    return failure(name, error instanceof Error ? error.message : String(error));
  }
}

function failure(collector: string, error: string): { ok: false; note: CollectorNote } {
  return { ok: false, note: { collector, error: error.slice(0, MAX_NOTE_ERROR_CHARS) } };
}

function valueOr<T>(outcome: Outcome<T>, fallback: T): T {
  return outcome.ok ? outcome.value : fallback;
}

function capList<T>(name: keyof Collectors, list: T[], max: number, notes: CollectorNote[]): T[] {
  if (list.length <= max) return list;
  notes.push(failure(name, `truncated: ${list.length} items, sent the first ${max}`).note);
  return list.slice(0, max);
}

// Collectors list in whatever order their tools print; a fixed order keeps hashes stable.
function sortSoftware(items: SoftwareItem[]): SoftwareItem[] {
  return items.toSorted(
    (a, b) =>
      compareText(a.name, b.name) ||
      compareText(a.arch ?? '', b.arch ?? '') ||
      compareText(a.version, b.version) ||
      compareText(a.source, b.source),
  );
}

function sortUpdates(updates: PendingUpdate[]): PendingUpdate[] {
  return updates.toSorted(
    (a, b) =>
      compareText(a.name, b.name) ||
      compareText(a.availableVersion, b.availableVersion) ||
      compareText(a.installedVersion ?? '', b.installedVersion ?? '') ||
      compareText(a.source, b.source),
  );
}

// Code-unit order, not localeCompare: the order must not depend on the machine's locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortHotfixes(hotfixes: Hotfix[]): Hotfix[] {
  return hotfixes.toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
