// A Mac's case kind, read from its model identifier ("MacBookPro18,3", "Macmini3,1") or, for the
// identifiers that name no product family ("Mac14,2" is a MacBook Air, "Mac14,3" a Mac mini),
// from its model name. Virtual machines name their hypervisor instead of a product.
import type { ChassisKind } from './hardware-facts.ts';

type ModelKind = { chassis: ChassisKind; maker: string };

const APPLE = 'Apple';

/** Model identifier prefixes (`MacBook` also covers `MacBookAir` and `MacBookPro`). */
const IDENTIFIER_KINDS: ReadonlyArray<readonly [RegExp, ModelKind]> = [
  [/^(?:MacBook|PowerBook|iBook)/i, { chassis: 'laptop', maker: APPLE }],
  [/^iMac/i, { chassis: 'all-in-one', maker: APPLE }],
  [/^Macmini/i, { chassis: 'mini-pc', maker: APPLE }],
  [/^(?:MacPro|PowerMac|Mac ?Studio)/i, { chassis: 'desktop', maker: APPLE }],
  [/^(?:Xserve|RackMac)/i, { chassis: 'server', maker: APPLE }],
  [/^VirtualMac/i, { chassis: 'virtual-machine', maker: APPLE }],
  [/^VMware/i, { chassis: 'virtual-machine', maker: 'VMware' }],
  [/^Parallels/i, { chassis: 'virtual-machine', maker: 'Parallels' }],
];

/** Model names, for identifiers like "Mac14,2" that do not say the family. */
const NAME_KINDS: ReadonlyArray<readonly [RegExp, ChassisKind]> = [
  [/^(?:MacBook|PowerBook|iBook)/i, 'laptop'],
  [/^(?:iMac|eMac)/i, 'all-in-one'],
  [/^Mac mini/i, 'mini-pc'],
  [/^(?:Mac Pro|Mac Studio|Power Mac)/i, 'desktop'],
  [/^Xserve/i, 'server'],
  [/^Apple Virtual Machine/i, 'virtual-machine'],
];

/**
 * The chassis and the maker for a Mac's model identifier and name. The maker is Apple unless
 * the identifier names a hypervisor (a VMware or Parallels guest); the chassis is absent when
 * neither the identifier nor the name is one this table knows.
 */
export function macModelKind(
  modelId: string | undefined,
  modelName: string | undefined,
): { chassis?: ChassisKind; maker: string } {
  // PowerPC-era iMacs and eMacs share the `PowerMac` identifiers of the towers (iMac G5 is
  // PowerMac8,1); their names tell them apart.
  if (/^PowerMac/i.test(modelId ?? '') && /^(?:iMac|eMac)/i.test(modelName ?? ''))
    return { chassis: 'all-in-one', maker: APPLE };
  const byIdentifier = IDENTIFIER_KINDS.find(([pattern]) => pattern.test(modelId ?? ''))?.[1];
  if (byIdentifier) return byIdentifier;
  const byName = NAME_KINDS.find(([pattern]) => pattern.test(modelName ?? ''))?.[1];
  return byName ? { chassis: byName, maker: APPLE } : { maker: APPLE };
}
