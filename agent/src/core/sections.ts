import type { SectionName } from '@handraise/shared';

/**
 * The report's sections in the contract's order, without loading the contract's schemas (the
 * agent never loads zod: see section-check.ts). Checked against the contract: a section added or renamed there fails to
 * compile here, and sections.test.ts compares the order with SECTION_NAMES.
 */
const SECTIONS = {
  os: true,
  hardware: true,
  software: true,
  updates: true,
  hotfixes: true,
  state: true,
} as const satisfies Record<SectionName, true>;

export const SECTION_ORDER = Object.keys(SECTIONS) as readonly SectionName[];
