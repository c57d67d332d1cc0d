/** What stands for a NUL character in stored text: PostgreSQL refuses NUL, SQLite cuts text at it. */
export const NUL_STAND_IN = '\uFFFD';

/** `text` with every NUL character replaced by NUL_STAND_IN. */
export function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', NUL_STAND_IN) : text;
}
