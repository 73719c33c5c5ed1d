import { ScrollArea } from '@/components/ui/ScrollArea';

type FigureTableProps = {
  // Names the table for screen readers (the section heading it belongs to).
  label: string;
  headers: string[];
  rows: (string | number)[][];
  empty: string;
  // When set, the table folds under this summary (it repeats a chart's figures).
  summary?: string;
};

// The figures behind a chart, as a plain table: the chart's text alternative.
export function FigureTable({ label, headers, rows, empty, summary }: FigureTableProps) {
  if (rows.length === 0) return <p>{empty}</p>;
  const table = (
    <ScrollArea label={label}>
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b-2 border-ink">
            {headers.map((header, index) => (
              <th key={header} scope="col" className={`p-1.5 ${index > 0 ? 'text-right' : ''}`}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slice(0, 2).join(' ')} className="border-b border-gray-300">
              {row.map((value, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="p-1.5 font-normal">
                    {value}
                  </th>
                ) : (
                  <td key={index} className="p-1.5 text-right tabular-nums">
                    {value}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
  if (!summary) return table;
  return (
    <details>
      <summary className="cursor-pointer font-semibold">{summary}</summary>
      {table}
    </details>
  );
}
