// The kind of case from SMBIOS chassis-type words (type 3 "Type:"), and virtual machines told
// apart by their maker or model: hypervisors report "Desktop" or "Other" for their chassis.
import type { ChassisKind } from './hardware-facts.ts';

/** SMBIOS chassis type names (as dmidecode prints them, lower-cased) → kind. */
const KIND_BY_CHASSIS_WORD: ReadonlyMap<string, ChassisKind> = new Map([
  ['desktop', 'desktop'],
  ['low profile desktop', 'desktop'],
  ['pizza box', 'desktop'],
  ['tower', 'desktop'],
  ['mini tower', 'desktop'],
  ['lunch box', 'desktop'],
  ['sealed-case pc', 'desktop'],
  ['portable', 'laptop'],
  ['laptop', 'laptop'],
  ['notebook', 'laptop'],
  ['sub notebook', 'laptop'],
  ['convertible', 'laptop'],
  ['detachable', 'laptop'],
  ['all in one', 'all-in-one'],
  ['tablet', 'tablet'],
  ['hand held', 'tablet'],
  ['mini pc', 'mini-pc'],
  ['space-saving', 'mini-pc'],
  ['stick pc', 'mini-pc'],
  ['embedded pc', 'mini-pc'],
  ['main server chassis', 'server'],
  ['rack mount chassis', 'server'],
  ['raid chassis', 'server'],
  ['multi-system', 'server'],
  ['multi-system chassis', 'server'],
  ['blade', 'server'],
  ['blade enclosure', 'server'],
]);

/** Words that say nothing about the case. */
const NO_CHASSIS_WORDS: ReadonlySet<string> = new Set(['unknown', '<out of spec>', '']);

/** The kind named by a chassis type word; "Other" and unlisted kinds are 'other'. */
export function chassisKindFromWord(word: string | undefined): ChassisKind | undefined {
  const key = (word ?? '').trim().toLowerCase();
  if (NO_CHASSIS_WORDS.has(key)) return undefined;
  return KIND_BY_CHASSIS_WORD.get(key) ?? 'other';
}

/** Makers and models that only hypervisors report. */
const HYPERVISOR_NAMES = [
  /vmware/i,
  /virtualbox/i,
  /innotek/i,
  /\bqemu\b/i,
  /\bkvm\b/i,
  /\bxen\b/i,
  /\bbochs\b/i,
  /parallels/i,
  /hyper-v/i,
];
/** Hyper-V calls itself "Microsoft Corporation" "Virtual Machine". */
const MICROSOFT = /^microsoft/i;
const VIRTUAL_MACHINE = /virtual machine/i;

/** True when the maker or model is a hypervisor's. */
export function isVirtualMachine(...names: (string | undefined)[]): boolean {
  const known = names.filter((name): name is string => name !== undefined);
  if (known.some((name) => HYPERVISOR_NAMES.some((pattern) => pattern.test(name)))) return true;
  return (
    known.some((name) => MICROSOFT.test(name)) && known.some((name) => VIRTUAL_MACHINE.test(name))
  );
}
