// The processor from dmidecode type 4: the brand string of the first fitted socket, and cores
// and threads added up over every fitted socket (servers carry two or more).
import { blocksOfType, dmiField, type DmiBlock } from './dmidecode-blocks.ts';
import { collapseBlanks, dmiCount, meaningfulField } from './dmi-values.ts';
import type { CpuFacts } from './hardware-facts.ts';

const PROCESSOR_TYPE = 4;

/** Empty sockets say "Unpopulated"; old outputs have no status, so a named processor counts. */
function isFitted(block: DmiBlock): boolean {
  const status = dmiField(block, 'Status');
  if (status !== undefined) return /populated/i.test(status) && !/unpopulated/i.test(status);
  return (
    meaningfulField(
      block,
      'Version',
      'Processor Version',
      'Manufacturer',
      'Processor Manufacturer',
    ) !== undefined
  );
}

function addUp(values: (number | undefined)[]): number | undefined {
  if (values.length === 0 || values.some((value) => value === undefined)) return undefined;
  return values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
}

/** Brand and core counts; undefined when no fitted processor is described. */
export function readDmiCpu(blocks: readonly DmiBlock[]): CpuFacts | undefined {
  const fitted = blocksOfType(blocks, PROCESSOR_TYPE).filter(isFitted);
  const brand = fitted
    .map((block) => meaningfulField(block, 'Version', 'Processor Version'))
    .find((version) => version !== undefined);
  // A count is only reported when every fitted socket states it; a partial sum would mislead.
  const physicalCores = addUp(fitted.map((block) => dmiCount(dmiField(block, 'Core Count'))));
  const cores = addUp(fitted.map((block) => dmiCount(dmiField(block, 'Thread Count'))));
  const cpu: CpuFacts = {
    ...(brand === undefined ? {} : { brand: collapseBlanks(brand) }),
    ...(cores === undefined ? {} : { cores }),
    ...(physicalCores === undefined ? {} : { physicalCores }),
  };
  return Object.keys(cpu).length > 0 ? cpu : undefined;
}
