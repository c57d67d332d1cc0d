// The two programs compared, how each is started, and what is read from its output.
import { inventoryReportSchema, type AgentCost } from '@handraise/shared';
import type { CollectedInventory } from '../src/core/inventory.ts';
import { withoutAptConfig, type AptRun, type AptSetting } from './apt-setting.ts';
import { countSoftwares } from './fusion-xml.ts';
import { fusionPostBytes, handraiseWire, zlibBytes } from './wire-bytes.ts';

/** Figures read from one run's stdout. */
export type OutputFigures = {
  packages: number;
  documentBytes: number;
  documentZlibBytes: number;
  fullWireBytes: number;
  unchangedWireBytes: number;
  /** What the agent said its collection cost (its report's `cost`); null where none is told. */
  cost: AgentCost | null;
  /** Human-readable extras for the table's footnotes. */
  details: string[];
};

export type RunKind = 'cold' | 'warm';
export type HandraiseSideKey = `handraise-${RunKind}-${AptSetting}`;
export type SideKey = HandraiseSideKey | 'fusioninventory';

export type Side = {
  key: SideKey;
  label: string;
  command: string;
  args: string[];
  /** The environment of the run of this round; the bench's own if absent. */
  env?: (round: number) => NodeJS.ProcessEnv;
  /** The variables of that environment worth showing beside the command line. */
  shownEnv?: Record<string, string>;
  /** Throws if the output is not a complete inventory. */
  analyse: (stdout: Buffer) => OutputFigures;
};

/** Debian's fusioninventory-agent package: the standalone inventory task, XML to stdout. */
export const FUSION_INVENTORY_BIN = '/usr/bin/fusioninventory-inventory';

/**
 * The headless agent, run from its bundle (see agent/tools/build-agent-cli.ts), with the data
 * folder `dataDirFor(round)` and apt configured as `apt` says. What the folder holds decides the
 * kind of run: empty, the agent's first inventory on a machine (cold: apt runs); kept from an
 * earlier run, an inventory with nothing changed since (warm: apt's cached answer is reused).
 */
export function handraiseSide(
  agentBundle: string,
  kind: RunKind,
  apt: AptRun,
  dataDirFor: (round: number) => string,
): Side {
  return {
    key: `handraise-${kind}-${apt.setting}`,
    label: `Handraise (${kind}; ${apt.label})`,
    // The Node running this bench is the project's Node 24.
    command: process.execPath,
    args: [agentBundle, 'inventory', '--json'],
    shownEnv: apt.env,
    env: (round) => ({
      ...withoutAptConfig(process.env),
      ...apt.env,
      HANDRAISE_AGENT_DATA_DIR: dataDirFor(round),
    }),
    analyse: (stdout) => {
      const report = inventoryReportSchema.parse(JSON.parse(stdout.toString('utf8')));
      if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
      const inventory: CollectedInventory = {
        collectedAt: report.collectedAt,
        sections: report.sections,
        hashes: report.hashes,
        notes: report.notes,
      };
      const cost = report.cost ?? null;
      const { costWireBytes, ...wire } = handraiseWire(inventory, cost);
      return {
        packages: report.sections.software.length,
        ...wire,
        cost,
        details: [
          `updates: ${report.sections.updates.length}, hotfixes: ${report.sections.hotfixes.length}`,
          cost === null
            ? 'cost: not in the report (an agent from before issue 14)'
            : `cost on the wire: ${costWireBytes} B of each check-in`,
          ...report.notes.map((note) => `note: ${note.collector}: ${note.error}`),
        ],
      };
    },
  };
}

export function fusionSide(): Side {
  return {
    key: 'fusioninventory',
    label: 'FusionInventory',
    command: FUSION_INVENTORY_BIN,
    // Its defaults, as the packaged agent runs them: every inventory module, no home or profile
    // scan, 30 s per module. With no server target it prints the document it would POST.
    args: [],
    analyse: (stdout) => {
      const xml = stdout.toString('utf8');
      if (!/<QUERY>INVENTORY<\/QUERY>/.test(xml)) throw new Error('no inventory XML on stdout');
      const software = countSoftwares(xml);
      const post = fusionPostBytes(stdout);
      const origins = Object.entries(software.byOrigin)
        .map(([origin, count]) => `${origin} ${count}`)
        .join(', ');
      return {
        packages: software.total,
        documentBytes: stdout.length,
        documentZlibBytes: zlibBytes(stdout),
        fullWireBytes: post.bytes,
        // The OCS protocol has no delta: every run POSTs the whole document again, with a
        // CHECKSUM field flagging which sections changed.
        unchangedWireBytes: post.bytes,
        cost: null,
        details: [`SOFTWARES by FROM: ${origins || 'none'}`, `POST body size via ${post.via}`],
      };
    },
  };
}
