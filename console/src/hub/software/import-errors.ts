// What an import (catalog, OS lifecycle table) says about the rows it refused, for a person.

/** Problems listed before "… and N more". */
const MAX_ERRORS = 100;

/** A zod error message that tells a missing field from a wrong one. */
export const missingOr = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is missing' : message;

/** The first MAX_ERRORS problems, then how many more there are. */
export function capped(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const more = errors.length - MAX_ERRORS;
  return [...errors.slice(0, MAX_ERRORS), `… and ${more.toLocaleString('en-US')} more`];
}
