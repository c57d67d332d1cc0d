import type { CollectorNote } from '@handraise/shared';

/**
 * A section's value with notes on the facts it lacks (absent, and why). A collector that has
 * such notes returns its value wrapped in this; a plain value means "nothing to say".
 */
export class Noted<T> {
  readonly value: T;
  readonly notes: readonly CollectorNote[];
  constructor(value: T, notes: readonly CollectorNote[]) {
    this.value = value;
    this.notes = notes;
  }
}
