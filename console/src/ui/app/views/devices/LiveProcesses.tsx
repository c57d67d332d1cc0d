// The busiest and the largest programs running now, and what Handraise's own agent costs.
import type { LiveFigures, LiveProcess } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { formatBytes } from '../../lib/format.ts';

function ProcessTable({ caption, processes }: { caption: string; processes: LiveProcess[] }) {
  return (
    <table className="data-table compact">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Program</th>
          <th scope="col" className="numeric">
            PID
          </th>
          <th scope="col" className="numeric">
            Processor
          </th>
          <th scope="col" className="numeric">
            Memory
          </th>
        </tr>
      </thead>
      <tbody>
        {processes.map((p) => (
          <tr key={p.pid}>
            <td>{p.name}</td>
            <td className="numeric">{p.pid}</td>
            <td className="numeric">{p.cpuPercent.toFixed(1)} %</td>
            <td className="numeric">{formatBytes(p.memoryBytes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LiveProcesses({ figures }: { figures: LiveFigures }) {
  const { byCpu, byMemory, agent } = figures.processes;
  const agentLine = agent
    ? `Handraise's own agent: ${agent.cpuPercent.toFixed(1)} % of a processor, ${formatBytes(agent.memoryBytes)}`
    : null;
  if (byCpu.length === 0 && byMemory.length === 0)
    return agentLine ? <p className="muted">{agentLine}</p> : null;
  return (
    <div className="grid two">
      <Card title="Busiest programs" id="live-by-cpu" hint="by processor use" flush>
        <ProcessTable caption="Programs using the most processor time" processes={byCpu} />
      </Card>
      <Card title="Largest programs" id="live-by-memory" hint="by memory" flush>
        <ProcessTable caption="Programs using the most memory" processes={byMemory} />
      </Card>
      {agentLine && <p className="muted live-agent-cost">{agentLine}</p>}
    </div>
  );
}
