// What the agent sends to the school, as topics the "This computer" view names with who can see
// each. Derived from the contract's own list of inventory sections, so a section added there
// cannot go unmentioned here (the map below stops compiling).
import { SECTION_NAMES, type SectionName } from '@handraise/shared';
import type { CollectedTopic } from '../ipc/tray-api.ts';

/** The topic each inventory section falls under; several sections may share one. */
const SECTION_TOPICS = {
  os: 'system',
  hardware: 'hardware',
  software: 'software',
  updates: 'updates',
  hotfixes: 'updates',
  state: 'state',
} as const satisfies Record<SectionName, CollectedTopic>;

/**
 * What the agent sends besides its inventory: help requests (words, name, snapshot, the picture
 * if sent), live figures while someone watches, and what the agent itself cost the computer.
 */
const OTHER_TOPICS: readonly CollectedTopic[] = ['requests', 'live', 'cost'];

/** Every topic the agent sends, each once, in the order the view lists them. */
export function collectedTopics(
  sections: readonly SectionName[] = SECTION_NAMES,
): CollectedTopic[] {
  return [...new Set<CollectedTopic>([...sections.map((s) => SECTION_TOPICS[s]), ...OTHER_TOPICS])];
}
