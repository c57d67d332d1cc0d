// For the unit tests of the console's figures: they are written as English readers see them, and
// must pass wherever the tests run, whose locale may point decimals with a comma and group
// thousands with a dot or a narrow space.

/** Any one mark a locale puts between digits: a point, a comma, a space of some width, a quote. */
const DIGIT_MARK = "[.,'’\\s\\u00a0\\u202f]";

/** The text as an exact pattern whose marks between digits may be any locale's. */
export function inAnyLocale(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/(?<=\d)(?:\\\.|,)(?=\d)/g, DIGIT_MARK)}$`);
}
