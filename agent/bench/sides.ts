// The two programs compared, how each is started, and what is read from its output.
import { inventoryReportSchema } from '@handraise/shared';
import type { CollectedInventory } from '../src/core/inventory.ts';
import { countSoftwares } from './fusion-xml.ts';
import { fusionPostBytes, handraiseWire, zlibBytes } from './wire-bytes.ts';

/** Figures read from one run's stdout. */
export type OutputFigures = {
  packages: number;
  documentBytes: number;
  documentZlibBytes: number;
  fullWireBytes: number;
  unchangedWireBytes: number;
  /** Human-readable extras for the table's footnotes. */
  details: string[];
};

export type SideKey = 'handraise-cold' | 'handraise-warm' | 'fusioninventory';

export type Side = {
  key: SideKey;
  label: string;
  command: string;
  args: string[];
  /** The environment of the run of this round; the bench's own if absent. */
  env?: (round: number) => NodeJS.ProcessEnv;
  /** Throws if the output is not a complete inventory. */
  analyse: (stdout: Buffer) => OutputFigures;
};

/** Debian's fusioninventory-agent package: the standalone inventory task, XML to stdout. */
export const FUSION_INVENTORY_BIN = '/usr/bin/fusioninventory-inventory';

/**
 * The headless agent, run from its bundle (see agent/tools/build-agent-cli.ts), with the data
 * folder `dataDirFor(round)`. What the folder holds decides the kind of run: empty, the agent's
 * first inventory on a machine (cold: apt runs); kept from an earlier run, an inventory with
 * nothing changed since (warm: apt's cached answer is reused).
 */
export function handraiseSide(
  agentBundle: string,
  kind: 'cold' | 'warm',
  dataDirFor: (round: number) => string,
): Side {
  return {
    key: kind === 'cold' ? 'handraise-cold' : 'handraise-warm',
    label: kind === 'cold' ? 'Handraise (cold)' : 'Handraise (warm)',
    // The Node running this bench is the project's Node 24.
    command: process.execPath,
    args: [agentBundle, 'inventory', '--json'],
    env: (round) => ({ ...process.env, HANDRAISE_AGENT_DATA_DIR: dataDirFor(round) }),
    analyse: (stdout) => {
      const report = inventoryReportSchema.parse(JSON.parse(stdout.toString('utf8')));
      if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
      const inventory: CollectedInventory = {
        collectedAt: report.collectedAt,
        sections: report.sections,
        hashes: report.hashes,
        notes: report.notes,
      };
      const wire = handraiseWire(inventory);
      return {
        packages: report.sections.software.length,
        ...wire,
        details: [
          `updates: ${report.sections.updates.length}, hotfixes: ${report.sections.hotfixes.length}`,
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
        details: [`SOFTWARES by FROM: ${origins || 'none'}`, `POST body size via ${post.via}`],
      };
    },
  };
}
