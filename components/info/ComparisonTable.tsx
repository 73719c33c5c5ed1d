type ComparisonRow = { key: string; label: string; cells: [string[], string[]] };

type ComparisonTableProps = {
  caption: string;
  /** Header of the row-label column, then the two things compared. */
  headers: { topic: string; columns: [string, string] };
  rows: ComparisonRow[];
};

function CellText({ lines }: { lines: string[] }) {
  if (lines.length === 1) return <p>{lines[0]}</p>;
  return (
    <ol className="list-decimal space-y-1 pl-5">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ol>
  );
}

/**
 * Two things side by side on a wide screen; on a phone (under 640 px) each row stacks into a block, with
 * the column name printed above each cell, so nothing needs sideways scrolling. Stacking changes the CSS
 * display of the table parts, and some browsers (Safari) then stop announcing it as a table, so the
 * table roles are spelled out.
 */
export function ComparisonTable({ caption, headers, rows }: ComparisonTableProps) {
  const cell = 'block align-top sm:table-cell sm:border-l sm:border-slate-200 sm:px-3 sm:py-3';
  return (
    <table role="table" className="block w-full border-collapse text-left text-base sm:table">
      <caption className="block pb-3 text-left text-2xl leading-snug font-bold sm:table-caption">
        {caption}
      </caption>
      <thead role="rowgroup" className="sr-only sm:not-sr-only sm:table-header-group">
        <tr role="row" className="border-b-2 border-ink bg-brand-50">
          <th role="columnheader" scope="col" className="px-3 py-2 sm:w-1/5">
            {headers.topic}
          </th>
          {headers.columns.map((column) => (
            <th key={column} role="columnheader" scope="col" className="px-3 py-2 sm:w-2/5">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup" className="block sm:table-row-group">
        {rows.map((row) => (
          <tr
            key={row.key}
            role="row"
            className="block border-t border-slate-300 py-4 first:border-t-2 first:border-t-ink sm:table-row sm:py-0 sm:first:border-t"
          >
            <th
              role="rowheader"
              scope="row"
              className="block pb-2 align-top text-lg font-bold sm:table-cell sm:px-3 sm:py-3 sm:text-base"
            >
              {row.label}
            </th>
            {row.cells.map((lines, index) => (
              <td key={headers.columns[index]} role="cell" className={`${cell} ${index === 0 ? 'pb-3' : ''}`}>
                {/* Screen readers hear the column header instead; this label is for eyes on a narrow screen. */}
                <span aria-hidden="true" className="block font-bold text-brand-800 sm:hidden">
                  {headers.columns[index]}
                </span>
                <CellText lines={lines} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
