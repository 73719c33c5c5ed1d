import type { ReactNode } from 'react';
import { ScrollArea } from './ScrollArea';

export type DataColumn = {
  key: string;
  label: ReactNode;
  // Counts and amounts: right-aligned, digits of even width, so they compare down a column.
  numeric?: boolean;
  // Extra classes for this column's body cells (font-mono for codes, whitespace-nowrap).
  cellClassName?: string;
};

export type DataRow = {
  key: string | number;
  cells: ReactNode[];
  muted?: boolean;
  // Hooks for tests and styles (data-ticket="…").
  data?: Record<`data-${string}`, string>;
};

type DataTableProps = {
  // Names the table (and its scroll region) for screen readers.
  caption: string;
  // When a visible heading right above already says it, the caption is for screen readers only.
  captionHidden?: boolean;
  columns: DataColumn[];
  rows: DataRow[];
  // The first cell of a row names it (<th scope="row">), as a name or a village does.
  rowHeaders?: boolean;
  // Shown instead of the table when there are no rows.
  empty?: ReactNode;
  // Staff tables scanned row after row: smaller text, tighter cells.
  dense?: boolean;
};

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

// The one table of the portal: a caption, column headers with scope, optional row headers,
// numbers aligned right, an empty state, and a sideways scroll on a 360-px phone.
export function DataTable({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowHeaders = false,
  empty,
  dense = false,
}: DataTableProps) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  const pad = dense ? 'p-1.5' : 'p-2';
  const align = (column: DataColumn | undefined) => column?.numeric && 'text-right tabular-nums';
  return (
    <ScrollArea label={caption}>
      <table className={classes('w-full border-collapse text-left', dense && 'text-sm')}>
        <caption className={captionHidden ? 'sr-only' : 'pb-2 text-left font-bold'}>{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {columns.map((column) => (
              <th key={column.key} scope="col" className={classes(pad, align(column))}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              className={classes('border-b border-gray-300 align-top', row.muted && 'text-muted')}
              {...row.data}
            >
              {row.cells.map((cell, index) => {
                const column = columns[index];
                const className = classes(pad, align(column), column?.cellClassName);
                return rowHeaders && index === 0 ? (
                  <th key={column?.key ?? index} scope="row" className={classes(className, 'font-normal')}>
                    {cell}
                  </th>
                ) : (
                  <td key={column?.key ?? index} className={className}>
                    {cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
