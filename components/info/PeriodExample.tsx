import { DataTable } from '@/components/ui/DataTable';

type PeriodExampleProps = {
  caption: string;
  headers: { programme: string; periods: [string, string] };
  rows: { programme: string; received: [boolean, boolean] }[];
  labels: { yes: string; no: string };
};

// A made-up result in the shape the result page uses, so the first real one looks familiar.
export function PeriodExample({ caption, headers, rows, labels }: PeriodExampleProps) {
  return (
    <DataTable
      caption={caption}
      rowHeaders
      columns={[
        { key: 'programme', label: headers.programme },
        ...headers.periods.map((period) => ({ key: period, label: period })),
      ]}
      rows={rows.map((row) => ({
        key: row.programme,
        cells: [
          <span key="programme" className="font-semibold">
            {row.programme}
          </span>,
          ...row.received.map((received, index) => (
            <strong key={headers.periods[index]} className={received ? 'text-green-800' : 'text-ink'}>
              {received ? labels.yes : labels.no}
            </strong>
          )),
        ],
      }))}
    />
  );
}
