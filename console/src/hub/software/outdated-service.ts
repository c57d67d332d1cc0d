import type { Logger } from 'pino';
import type {
  DeviceTitleVerdict,
  OsLifecycleTable,
  SoftwareOverview,
  SoftwareScope,
  SoftwareTitleDetail,
  SoftwareTitleSummary,
  UpdateTask,
} from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { createOutdatedInputs } from '../storage/outdated-inputs.ts';
import type { SoftwareRulesStore } from '../storage/software-rules-store.ts';
import type { TasksStore } from '../storage/tasks-store.ts';
import { OutdatedEngine } from './outdated-engine.ts';
import { BUNDLED_OS_LIFECYCLE } from './os-lifecycle-table.ts';
import { TitleResolver } from './title-resolver.ts';
import type { NotifyConsoles } from '../notify.ts';

export type OutdatedServiceDeps = {
  inputs: ReturnType<typeof createOutdatedInputs>;
  rules: SoftwareRulesStore;
  tasks: TasksStore;
  clock: Clock;
  notifyConsoles: NotifyConsoles;
  logger: Logger;
};

// Consoles hear of changed titles at most this often: 10,000 agents checking in must not turn
// into 10,000 refetches.
const CHANGE_PUSH_INTERVAL_MS = 1_000;
// Past this many titles a push just says "everything".
const MAX_KEYS_PUSHED = 200;

export type OutdatedService = Awaited<ReturnType<typeof createOutdatedService>>;

/**
 * Keeps the verdict engine in step with storage: the whole fleet at start, one device per stored
 * inventory, every title when the coordinator's rules change. Ticks update tasks off as devices
 * report, and tells consoles what changed.
 */
/**
 * Longest the verdicts' start-up load holds the event loop at a time, in ms. Short, because Node
 * takes one new connection per turn of the loop: with 20 ms slices a hub restarted under 4,000
 * computers let them back at about 35 a second (with 1 ms, about 250), and a console's call
 * waited behind them all.
 */
const LOAD_SLICE_MS = 1;

const turnOfEventLoop = () => new Promise((resolve) => setImmediate(resolve));

export function createOutdatedService(deps: OutdatedServiceDeps) {
  const { inputs, rules, tasks, clock, notifyConsoles, logger } = deps;
  const engine = new OutdatedEngine(() => clock.now().toISOString().slice(0, 10));
  let pendingKeys: Set<string> | null = new Set();
  let pushTimer: NodeJS.Timeout | null = null;
  let closed = false;
  // Who wants to know each time the engine has judged again (the per-computer counts).
  const judgedListeners = new Set<() => void>();
  const judged = () => {
    for (const listener of judgedListeners) listener();
  };
  // One change at a time: a reload under new merges must not interleave with a device's update.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    // Once the hub closes, queued work is dropped: its database is about to close under it.
    const run = () => (closed ? Promise.resolve(undefined as T) : work());
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  function announce(keys: string[] | null): void {
    if (closed) return;
    if (keys === null || pendingKeys === null) pendingKeys = null;
    else for (const key of keys) pendingKeys.add(key);
    if (pendingKeys !== null && pendingKeys.size === 0) return;
    pushTimer ??= setTimeout(() => {
      pushTimer = null;
      const keysNow = pendingKeys;
      pendingKeys = new Set();
      notifyConsoles('software:changed', {
        keys: keysNow === null || keysNow.size > MAX_KEYS_PUSHED ? null : [...keysNow],
      });
    }, CHANGE_PUSH_INTERVAL_MS);
    pushTimer.unref();
  }

  async function lifecycleTable(): Promise<{ table: OsLifecycleTable; imported: boolean }> {
    const imported = await rules.osLifecycle();
    return { table: imported ?? BUNDLED_OS_LIFECYCLE, imported: imported !== null };
  }

  /**
   * The title a merged-away key now counts as, following merges: a link or a page still open on
   * a title that was just merged into another shows that one instead of nothing.
   */
  async function mergedInto(key: string): Promise<string | null> {
    const merges = (await rules.overrides()).filter((o) => o.source === null);
    let current = key;
    for (let step = 0; step < merges.length; step += 1) {
      const next = merges.find((o) => o.fromKey === current)?.intoKey;
      if (!next) break;
      current = next;
      if (engine.title(current)) return current;
    }
    return null;
  }

  async function loadRules(): Promise<void> {
    const [policies, catalog, { table }] = await Promise.all([
      rules.policies(),
      rules.catalog(),
      lifecycleTable(),
    ]);
    engine.setRules(policies, catalog);
    engine.setLifecycle(table);
  }

  async function loadDevices(): Promise<void> {
    const started = performance.now();
    engine.setResolver(new TitleResolver(await rules.overrides()));
    engine.reset();
    // SQLite reads are synchronous, and so is judging: without turns of the event loop, a hub
    // starting over 10,000 computers would answer nobody until every one was loaded. It yields
    // after every batch read and whenever judging has held the loop for a slice.
    let sliceStarted = performance.now();
    for await (const batch of inputs.all()) {
      if (closed) return;
      for (const device of batch) {
        engine.setDevice(device);
        if (performance.now() - sliceStarted < LOAD_SLICE_MS) continue;
        await turnOfEventLoop();
        sliceStarted = performance.now();
      }
      await turnOfEventLoop();
      sliceStarted = performance.now();
    }
    // One summary now compiles the hot loop, so the first person to open the page does not wait.
    engine.summary();
    logger.info(
      { devices: engine.deviceCount, ms: Math.round(performance.now() - started) },
      'software verdicts loaded',
    );
  }

  const ready = serial(async () => {
    await loadDevices();
    await loadRules();
    judged();
  });
  ready.catch((error: unknown) => {
    if (!closed) logger.error({ err: error }, 'software verdicts failed to load');
  });

  /** Ticks off every open task line of a device whose title is now current (or gone). */
  async function tickTasks(deviceId: string): Promise<void> {
    for (const line of await tasks.openLinesFor(deviceId)) {
      const verdict = engine.verdictOn(deviceId, line.titleKey);
      if (verdict === null) continue;
      if (verdict !== 'absent' && verdict.status !== 'current') continue;
      const task = await tasks.tick(
        line.taskId,
        deviceId,
        verdict === 'absent' ? null : verdict.version,
      );
      if (task) notifyConsoles('task:updated', task);
    }
  }

  const afterReady = <T>(work: () => T | Promise<T>) =>
    serial(async () => {
      await ready;
      return work();
    });

  return {
    ready,
    engine,

    /** A device's stored inventory changed: judge it again and tick its task lines. */
    deviceChanged: (deviceId: string) =>
      afterReady(async () => {
        const device = await inputs.device(deviceId);
        announce(device ? engine.setDevice(device) : engine.removeDevice(deviceId));
        judged();
        await tickTasks(deviceId);
      }),

    /** Policies, catalog or the lifecycle table changed. */
    rulesChanged: () =>
      afterReady(async () => {
        await loadRules();
        announce(null);
        judged();
      }),

    /** Merges or splits changed: every device's titles are resolved again. */
    overridesChanged: () =>
      afterReady(async () => {
        await loadDevices();
        await loadRules();
        announce(null);
        judged();
      }),

    summary: (scope: SoftwareScope): Promise<SoftwareTitleSummary[]> =>
      afterReady(() => engine.summary(scope)),

    overview: (scope: SoftwareScope): Promise<SoftwareOverview> =>
      afterReady(() => engine.overview(scope)),

    titleDetail: (asked: string, scope: SoftwareScope): Promise<SoftwareTitleDetail | null> =>
      afterReady(async () => {
        const key = engine.title(asked) ? asked : ((await mergedInto(asked)) ?? asked);
        const detail = engine.titleDetail(key, scope);
        if (!detail) return null;
        const [policies, catalog, overrides] = await Promise.all([
          rules.policies(),
          rules.catalog(),
          rules.overrides(),
        ]);
        const names = engine
          .rawNames(key)
          .filter((n) => n.deviceCount > 0)
          .sort((a, b) => b.deviceCount - a.deviceCount || a.name.localeCompare(b.name));
        return {
          ...detail,
          names,
          policies: policies.filter((p) => p.titleKey === key),
          catalog: catalog.filter((c) => c.titleKey === key),
          overrides: overrides.filter((o) => o.fromKey === key || o.intoKey === key),
        };
      }),

    deviceOutdated: (deviceId: string): Promise<DeviceTitleVerdict[] | null> =>
      afterReady(() => engine.deviceOutdated(deviceId)),

    findings: (scope: SoftwareScope) => afterReady(() => engine.findings(scope)),

    /** The behind devices of a title in a scope, for a new task. */
    behindDevices: (key: string, scope: SoftwareScope) =>
      afterReady(() => {
        const detail = engine.titleDetail(key, scope);
        if (!detail) return null;
        const seen = new Set<string>();
        const lines = detail.devices.filter((d) => {
          if (d.status !== 'behind' || seen.has(d.deviceId)) return false;
          seen.add(d.deviceId);
          return true;
        });
        return { title: { key: detail.key, name: detail.name }, lines };
      }),

    lifecycleTable,

    /** Calls `listener` each time the engine has judged again; returns the way to stop. */
    onJudged(listener: () => void): () => void {
      judgedListeners.add(listener);
      return () => judgedListeners.delete(listener);
    },

    publishTask(task: UpdateTask): void {
      notifyConsoles('task:updated', task);
    },

    close(): void {
      closed = true;
      if (pushTimer) clearTimeout(pushTimer);
      pushTimer = null;
    },
  };
}
