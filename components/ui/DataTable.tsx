import type { ReactNode } from 'react';

type DataTableProps = {
  caption: string;
  headers: string[];
  rows: { key: string; cells: ReactNode[] }[];
};

// A dense staff table: a caption, column headers and one row per record.
export function DataTable({ caption, headers, rows }: DataTableProps) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="text-left font-bold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          {headers.map((header) => (
            <th key={header} scope="col" className="p-2">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-gray-300">
            {row.cells.map((cell, index) => (
              <td key={index} className="p-2">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
