import type { MemoryModule } from '@handraise/shared';
import { formatBytes, formatCount } from '../../../lib/format.ts';

/** The memory modules, one row each; a column only where some module reported it. */
export function MemoryModules({ modules }: { modules: readonly MemoryModule[] }) {
  const has = (key: keyof MemoryModule) => modules.some((m) => m[key] !== undefined);
  const columns = {
    slot: has('slot'),
    type: has('type'),
    speed: has('speedMTs'),
    maker: has('manufacturer'),
    part: has('partNumber'),
  };
  return (
    <table className="data-table auto stack-table" aria-labelledby="memory-modules">
      <thead>
        <tr>
          {columns.slot && <th scope="col">Slot</th>}
          <th scope="col">Size</th>
          {columns.type && <th scope="col">Type</th>}
          {columns.speed && <th scope="col">Speed</th>}
          {columns.maker && <th scope="col">Maker</th>}
          {columns.part && <th scope="col">Part number</th>}
        </tr>
      </thead>
      <tbody>
        {modules.map((module, index) => (
          <tr key={`${module.slot ?? ''}-${index}`}>
            {columns.slot && <td data-label="Slot">{module.slot}</td>}
            <td data-label="Size">{formatBytes(module.sizeBytes)}</td>
            {columns.type && <td data-label="Type">{module.type}</td>}
            {columns.speed && (
              <td data-label="Speed">
                {module.speedMTs !== undefined && `${formatCount(module.speedMTs)} MT/s`}
              </td>
            )}
            {columns.maker && <td data-label="Maker">{module.manufacturer}</td>}
            {columns.part && (
              <td data-label="Part number" className="mono">
                {module.partNumber}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
