import type { StatsTable } from "@/lib/calls/stats-tables";
import type { ShownCount } from "@/lib/calls/suppression";
import { StatsChart } from "./stats-chart";

type Labels = { lessThanFive: string; withheld: string; total: string; csv: string; tableOf: string; chartOf: string };

const text = (cell: ShownCount | "withheld", labels: Labels) =>
  cell === "lt5" ? labels.lessThanFive : cell === "withheld" ? labels.withheld : cell.toLocaleString("fr-CA");

/** One statistics table: its chart, the table beside it (what screen readers use) and its CSV. */
export function StatsTableView({
  table,
  title,
  labels,
  csvHref,
}: {
  table: StatsTable;
  title: string;
  labels: Labels;
  csvHref: string;
}) {
  // The matrix is drawn by its row totals; other tables by their single count column.
  const column = table.id === "unmet" ? table.headers.length - 2 : 0;
  const points = table.rows.map((row) => {
    const cell = row.cells[column];
    return { label: row.label, value: typeof cell === "number" ? cell : 0, shown: text(cell, labels) };
  });
  return (
    <section aria-labelledby={`stats-${table.id}`} className="space-y-3 border-t border-slate-200 pt-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`stats-${table.id}`} className="text-xl font-bold">
          {title}
        </h2>
        <a href={csvHref} download>
          {labels.csv}
          <span className="sr-only"> — {title}</span>
        </a>
      </div>
      <div className="grid gap-4 xl:grid-cols-2">
        <div className="overflow-hidden">
          <StatsChart kind={table.chart} points={points} label={labels.chartOf} />
        </div>
        {/* A scrolling region must take the keyboard focus (WCAG 2.1.1): it is named and focusable. */}
        <div className="max-h-96 overflow-auto" tabIndex={0} role="region" aria-label={labels.tableOf}>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{labels.tableOf}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                {table.headers.map((header, i) => (
                  <th key={header + i} scope="col" className={`p-1 ${i > 0 ? "text-right" : ""}`}>
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key} className="border-b border-slate-200">
                  <th scope="row" className="p-1 font-normal">
                    {row.label}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={i} className="p-1 text-right tabular-nums">
                      {text(cell, labels)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            {table.total && (
              <tfoot>
                <tr className="border-t-2 border-slate-400 font-semibold">
                  <th scope="row" className="p-1">
                    {labels.total}
                  </th>
                  {table.total.map((cell, i) => (
                    <td key={i} className="p-1 text-right tabular-nums">
                      {text(cell, labels)}
                    </td>
                  ))}
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      </div>
    </section>
  );
}
