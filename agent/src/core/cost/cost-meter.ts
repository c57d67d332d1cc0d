import type { AgentCost, SectionDurations } from '@handraise/shared';
import { processGauges, type ProcessGauges } from './process-gauges.ts';

/** The gauges' values at one moment: where a period starts or ends. */
type Mark = {
  at: number;
  cpuMs: number;
  toolsCpuMs: number | undefined;
  maxRssBytes: number;
  reconnects: number;
};

/** A reading to attach to a report, and the moment it was taken, to settle once acknowledged. */
export type CostReading = { cost: AgentCost; mark: Mark };

export type CostMeter = ReturnType<typeof createCostMeter>;

/**
 * The agent's cost to the computer since its last acknowledged check-in: CPU time (its own and
 * its tools'), peak memory, reconnects. A period ends only when the hub acknowledges a report
 * carrying it, so a report lost on the way leaves its figures in the next one.
 */
export function createCostMeter(
  options: {
    gauges?: ProcessGauges;
    runtime?: AgentCost['runtime'];
    /** The first period starts when the process did (a one-off command), not now. */
    fromProcessStart?: boolean;
  } = {},
) {
  const gauges = options.gauges ?? processGauges;
  const markNow = (reconnects: number): Mark => ({
    at: gauges.now(),
    cpuMs: gauges.cpuMs(),
    toolsCpuMs: gauges.toolsCpuMs(),
    maxRssBytes: gauges.maxRssBytes(),
    reconnects,
  });

  let connections = 0;
  let reconnects = 0;
  let start: Mark = options.fromProcessStart
    ? {
        at: Math.round(performance.timeOrigin),
        cpuMs: 0,
        toolsCpuMs: gauges.toolsCpuMs() === undefined ? undefined : 0,
        maxRssBytes: 0,
        reconnects: 0,
      }
    : markNow(0);
  let sampledPeak = gauges.rssBytes();
  const sample = () => {
    sampledPeak = Math.max(sampledPeak, gauges.rssBytes());
  };

  return {
    /**
     * Looks at the resident memory now: called where the agent's memory peaks (a collection just
     * done). No timer: an idle agent wakes for nothing. A new lifetime high is caught exactly
     * anyway; the looks matter only in a period whose peak stays under an earlier one.
     */
    sample,

    /** A connection to the hub was made; every one after the first is a reconnect. */
    connected(): void {
      connections += 1;
      if (connections > 1) reconnects += 1;
    },

    /** The figures since the period began, with the collection's section durations. */
    read(sections: SectionDurations = {}): CostReading {
      sample();
      const end = markNow(reconnects);
      // A new lifetime high during the period is the period's peak, exactly.
      const peakRssBytes = end.maxRssBytes > start.maxRssBytes ? end.maxRssBytes : sampledPeak;
      const cost: AgentCost = {
        since: new Date(start.at).toISOString(),
        periodMs: Math.max(0, end.at - start.at),
        cpuMs: Math.max(0, Math.round(end.cpuMs - start.cpuMs)),
        peakRssBytes,
        reconnects: end.reconnects - start.reconnects,
        sections,
      };
      if (end.toolsCpuMs !== undefined && start.toolsCpuMs !== undefined)
        cost.toolsCpuMs = Math.max(0, end.toolsCpuMs - start.toolsCpuMs);
      if (options.runtime) cost.runtime = options.runtime;
      return { cost, mark: end };
    },

    /**
     * The hub kept the reading: the next period starts where it ended. A reading older than one
     * already settled (two reports crossing) changes nothing.
     */
    settle(reading: CostReading): void {
      if (reading.mark.at < start.at) return;
      start = reading.mark;
      sampledPeak = gauges.rssBytes();
    },
  };
}
