// The contract's schemas for the inventory's sections, in a module of their own so that
// inventory.ts can load them (and zod with them, tens of milliseconds) while the collectors
// already run, rather than before starting them.
export {
  deviceStateSchema,
  hardwareSchema,
  hotfixSchema,
  osInfoSchema,
  pendingUpdateSchema,
  softwareItemSchema,
} from '@handraise/shared';
