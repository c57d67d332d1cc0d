import type { Person, User } from '@handraise/shared';

/**
 * The on-duty list after the hub acknowledged someone's `duty:set`: drawn at once rather than
 * waiting for the `duty:updated` push, which then says the same.
 */
export function applyDutyChange(onDuty: readonly Person[], user: User): Person[] {
  const others = onDuty.filter((p) => p.id !== user.id);
  if (!user.onDuty) return others;
  const person: Person = { id: user.id, displayName: user.displayName, role: user.role };
  return [...others, person].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
