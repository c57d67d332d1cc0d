import type { TooltipContentProps } from 'recharts';

/** Recharts' tooltip in the console's colours (the default one is always white). */
export function ChartTooltip({
  active,
  payload,
  label,
  unit,
}: Partial<TooltipContentProps<number, string>> & { unit: (n: number) => string }) {
  const first = payload?.[0];
  if (!active || !first) return null;
  return (
    <div className="chart-tooltip">
      <strong>{String(label ?? first.name ?? '')}</strong>
      <div>{unit(Number(first.value ?? 0))}</div>
    </div>
  );
}
