import { DataTable } from '@/components/ui/DataTable';

type FigureTableProps = {
  // Names the table for screen readers (the section heading it belongs to).
  label: string;
  headers: string[];
  rows: (string | number)[][];
  empty: string;
  // When set, the table folds under this summary (it repeats a chart's figures).
  summary?: string;
};

// The figures behind a chart, as a plain table: the chart's text alternative. The first
// column names the row; the others are counts.
export function FigureTable({ label, headers, rows, empty, summary }: FigureTableProps) {
  if (rows.length === 0) return <p>{empty}</p>;
  const table = (
    <DataTable
      caption={label}
      captionHidden
      dense
      rowHeaders
      columns={headers.map((header, index) => ({ key: header, label: header, numeric: index > 0 }))}
      rows={rows.map((row) => ({ key: row.slice(0, 2).join(' '), cells: row }))}
    />
  );
  if (!summary) return table;
  return (
    <details>
      <summary className="cursor-pointer font-semibold">{summary}</summary>
      {table}
    </details>
  );
}
