// Test support: every view a coordinator has, by the address that opens it, for the tests that walk
// them all (the frame's height and reflow).

export const COORDINATOR_VIEWS = [
  'today',
  'requests',
  'devices',
  'software',
  'tasks',
  'program',
  'quick-fixes',
  'people',
  'settings',
  'rooms',
  'hardware',
] as const;
