import type { CategoryFigures } from '@handraise/shared';
import { CATEGORY_LABELS } from '../../lib/labels.ts';
import { formatMedian } from '../../lib/program.ts';

/** An advisor's figures per kind of problem, for the categories they worked on in the period. */
export function CategoryFiguresTable({
  rows,
  labelledBy,
}: {
  rows: CategoryFigures[];
  labelledBy: string;
}) {
  if (rows.length === 0)
    return <p className="empty">Nothing claimed or resolved in this period.</p>;
  return (
    <table className="data-table auto program-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">Category</th>
          <th scope="col" className="numeric">
            Claimed
          </th>
          <th scope="col" className="numeric">
            Resolved
          </th>
          <th scope="col" className="numeric">
            Reopened
          </th>
          <th scope="col" className="numeric">
            First response
          </th>
          <th scope="col" className="numeric">
            To resolution
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.category}>
            <th scope="row">{CATEGORY_LABELS[row.category]}</th>
            <td className="numeric">{row.claimed}</td>
            <td className="numeric">{row.resolved}</td>
            <td className="numeric">{row.reopened}</td>
            <td className="numeric">{formatMedian(row.medianResponseSeconds)}</td>
            <td className="numeric">{formatMedian(row.medianResolutionSeconds)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
