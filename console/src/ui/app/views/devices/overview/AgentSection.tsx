import type { AgentCostView, DeviceDetail } from '@handraise/shared';
import { Card } from '../../../components/Card.tsx';
import { Pill } from '../../../components/Pill.tsx';
import { formatAgo, formatCount } from '../../../lib/format.ts';
import {
  cpuText,
  formatRssBytes,
  formatSectionMs,
  overPartsText,
  RUNTIME_LABELS,
  slowestSections,
} from '../../hardware/agent-cost-labels.ts';
import { fact, FactList } from './facts.tsx';

/**
 * What Handraise's agent cost this computer since its check-in before, as the agent said, and
 * whether that is past the coordinator's budget. An agent that has never connected has nothing
 * to say; one that has not told its cost (yet) is said to be so.
 */
export function AgentSection({ device, now }: { device: DeviceDetail; now: number }) {
  if (device.agentVersion === null && !device.agentCost) return null;
  return (
    <Card title="Agent" id="device-agent">
      {device.agentCost ? (
        <AgentCostFacts cost={device.agentCost} version={device.agentVersion} now={now} />
      ) : (
        // Which of the two it is cannot be told from here: the hub knows the agent's version,
        // not whether that version reports its cost.
        <p className="muted" data-testid="agent-cost-missing">
          This computer&apos;s agent has not reported its cost yet. It reports it at its next
          check-in; agents from before Handraise measured its cost do not report it at all.
        </p>
      )}
    </Card>
  );
}

function AgentCostFacts({
  cost,
  version,
  now,
}: {
  cost: AgentCostView;
  version: string | null;
  now: number;
}) {
  const toolsMs = cost.toolsCpuMs ?? 0;
  return (
    <FactList
      facts={[
        fact(
          'Budget',
          cost.overBudget.length > 0 ? (
            <>
              <Pill tone="bad">Over budget</Pill> on {overPartsText(cost.overBudget)}
            </>
          ) : (
            <Pill tone="good">Within budget</Pill>
          ),
        ),
        fact('CPU', cpuText(cost)),
        fact(
          'CPU time',
          `${formatSectionMs(cost.cpuMs + toolsMs)}` +
            (cost.toolsCpuMs !== undefined
              ? ` (the agent ${formatSectionMs(cost.cpuMs)}, the tools it ran ${formatSectionMs(toolsMs)})`
              : ''),
        ),
        fact('Peak memory', formatRssBytes(cost.peakRssBytes)),
        fact('Last collection', cost.collectionMs !== null && formatSectionMs(cost.collectionMs)),
        fact('Slowest parts', slowestSections(cost.sections)),
        fact('Reconnects', formatCount(cost.reconnects)),
        fact('Version', version),
        fact('Runs as', cost.runtime && RUNTIME_LABELS[cost.runtime]),
        fact('Reported', formatAgo(cost.reportedAt, now)),
      ]}
    />
  );
}
