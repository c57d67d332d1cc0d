/**
 * The middle value (the mean of the two middle ones for an even count); null for none. A median,
 * not a mean: one request left over a weekend must not make a quick helper look slow.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A median of milliseconds as whole seconds (what people read), or null. */
export function medianSeconds(valuesMs: readonly number[]): number | null {
  const middle = median(valuesMs);
  return middle === null ? null : Math.round(middle / 1000);
}
