import type { PendingUpdate, SoftwareItem } from '@handraise/shared';
import type { Collector, CollectorOptions, PlatformCollectors } from './platform-collectors.ts';

const NONE: PlatformCollectors = { software: [], updates: [], hotfixes: [] };

/**
 * The collectors for a platform; others (BSDs, …) report nothing rather than guess. Each
 * platform's module (its collectors and parsers) is loaded only on that platform.
 */
export async function collectorsFor(
  platform: NodeJS.Platform,
  options: CollectorOptions = {},
): Promise<PlatformCollectors> {
  if (platform === 'linux')
    return (await import('./linux/linux-collectors.ts')).linuxCollectors(options);
  if (platform === 'win32')
    return (await import('./windows/windows-collectors.ts')).WINDOWS_COLLECTORS;
  if (platform === 'darwin') return (await import('./macos/macos-collectors.ts')).MACOS_COLLECTORS;
  return NONE;
}

/** Collects installed software with the collectors for the platform the agent runs on. */
export async function collectSoftware(
  platform: NodeJS.Platform = process.platform,
): Promise<SoftwareItem[]> {
  return runCollectors((await collectorsFor(platform)).software);
}

/** Collects pending updates with the collectors for the platform the agent runs on. */
export async function collectUpdates(
  platform: NodeJS.Platform = process.platform,
  options: CollectorOptions = {},
): Promise<PendingUpdate[]> {
  return runCollectors((await collectorsFor(platform, options)).updates);
}

/** Some of a platform's collectors failed: the items of the others, and why the rest failed. */
export class PartialCollectionError<T> extends Error {
  readonly items: T[];
  readonly failures: { collector: string; error: string }[];
  constructor(items: T[], failures: { collector: string; error: string }[]) {
    super(failures.map((f) => `${f.collector}: ${f.error}`).join('; '));
    this.name = 'PartialCollectionError';
    this.items = items;
    this.failures = failures;
  }
}

/** Runs collectors at once. When some fail (snap offline, say), the others' items still go out,
 * and the failures become notes naming the missing source, so nothing silently looks uninstalled. */
export async function runCollectors<T>(collectors: readonly Collector<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(collectors.map((collector) => collector.collect()));
  const items: T[] = [];
  const failures: { collector: string; error: string }[] = [];
  results.forEach((result, index) => {
    if (result.status === 'fulfilled') items.push(...result.value);
    else {
      const reason: unknown = result.reason;
      failures.push({
        collector: collectors[index]!.name,
        error: reason instanceof Error ? reason.message : String(reason),
      });
    }
  });
  if (failures.length > 0) throw new PartialCollectionError(items, failures);
  return items;
}
