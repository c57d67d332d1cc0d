import type { Hardware } from '@handraise/shared';
import { Card } from '../../../components/Card.tsx';
import { formatBytes, plural } from '../../../lib/format.ts';
import { fact, FactList } from './facts.tsx';
import { MemoryModules } from './MemoryModules.tsx';

/** Processor, memory (with its modules and free slots) and graphics. */
export function HardwareSection({ hardware }: { hardware: Hardware }) {
  const { cpu } = hardware;
  const modules = hardware.memoryModules ?? [];
  const slots =
    hardware.memorySlots !== undefined && hardware.memoryModules !== undefined
      ? `${modules.length} of ${plural(hardware.memorySlots, 'slot')} used`
      : hardware.memorySlots !== undefined
        ? plural(hardware.memorySlots, 'slot')
        : undefined;
  return (
    <Card title="Hardware" id="device-hardware">
      <FactList
        facts={[
          fact(
            'Processor',
            cpu.brand &&
              `${cpu.brand} · ${plural(cpu.physicalCores, 'core')}, ${plural(cpu.cores, 'thread')}` +
                (cpu.speedGHz > 0 ? `, ${cpu.speedGHz.toFixed(1)} GHz` : ''),
          ),
          fact('Memory', hardware.memoryBytes > 0 ? formatBytes(hardware.memoryBytes) : undefined),
          fact('Memory slots', slots),
          fact(
            'Graphics',
            hardware.gpus.length > 0
              ? hardware.gpus.map((g) => `${g.vendor} ${g.model}`.trim()).join(', ')
              : undefined,
          ),
        ]}
      />
      {modules.length > 0 && (
        <>
          <h3 id="memory-modules" className="overview-subheading">
            Memory modules
          </h3>
          <MemoryModules modules={modules} />
        </>
      )}
    </Card>
  );
}
