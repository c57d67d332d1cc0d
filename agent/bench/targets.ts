// The footprint targets of issue 14, each judged on the medians with the figures it was judged on.

/** A repeat inventory (nothing changed) takes at most this share of FusionInventory's wall time. */
export const REPEAT_WALL_MAX_RATIO = 0.25;
/** A first inventory on a stock Debian apt takes at most this share of FusionInventory's. */
export const FIRST_WALL_MAX_RATIO = 0.6;
/** The agent's own process may hold this much more than Node itself doing nothing, in kB. */
export const MEMORY_HEADROOM_KB = 20 * 1024;

export type TargetVerdict = {
  /** What is judged, said plainly: the run and the apt setting. */
  subject: string;
  /** The rule, e.g. "wall <= 0.25x FusionInventory's". */
  rule: string;
  ours: number | null;
  limit: number | null;
  /** Null when a figure is missing: neither met nor missed. */
  met: boolean | null;
  /** The figures behind the limit, e.g. "0.25 x 1,259 ms". */
  basis: string;
  unit: 'ms' | 'kB';
};

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const ms = (value: number) => `${grouped.format(Math.round(value))} ms`;
const mib = (kb: number) => `${(kb / 1024).toFixed(1)} MiB`;

function judge(ours: number | null, limit: number | null): boolean | null {
  return ours === null || limit === null ? null : ours <= limit;
}

/** Our wall time against a share of theirs. */
export function wallTarget(
  subject: string,
  oursMs: number | null,
  theirsMs: number | null,
  maxRatio: number,
): TargetVerdict {
  const limit = theirsMs === null ? null : theirsMs * maxRatio;
  return {
    subject,
    rule: `wall <= ${maxRatio}x FusionInventory's`,
    ours: oursMs,
    limit,
    met: judge(oursMs, limit),
    basis: theirsMs === null ? 'FusionInventory n/a' : `${maxRatio} x ${ms(theirsMs)}`,
    unit: 'ms',
  };
}

/** The agent's main-process peak RSS against a bare Node's plus the headroom. */
export function memoryTarget(
  subject: string,
  oursKb: number | null,
  nodeFloorKb: number | null,
): TargetVerdict {
  const limit = nodeFloorKb === null ? null : nodeFloorKb + MEMORY_HEADROOM_KB;
  return {
    subject,
    rule: `main-process peak RSS <= Node's floor + ${MEMORY_HEADROOM_KB / 1024} MiB`,
    ours: oursKb,
    limit,
    met: judge(oursKb, limit),
    basis:
      nodeFloorKb === null ? 'Node floor n/a' : `${mib(nodeFloorKb)} + ${mib(MEMORY_HEADROOM_KB)}`,
    unit: 'kB',
  };
}

/** One line: the rule, the subject, our figure, the limit and how it was reached, the verdict. */
export function renderTarget(verdict: TargetVerdict): string {
  const show = (value: number | null) =>
    value === null ? 'n/a' : verdict.unit === 'ms' ? ms(value) : mib(value);
  const outcome =
    verdict.met === null
      ? 'NOT JUDGED (a figure is missing)'
      : verdict.met
        ? 'MET'
        : `MISSED by ${show((verdict.ours ?? 0) - (verdict.limit ?? 0))}`;
  return `Target ${verdict.rule}, ${verdict.subject}: ${show(verdict.ours)} against ${show(verdict.limit)} (${verdict.basis}): ${outcome}.`;
}
