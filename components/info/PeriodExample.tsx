type PeriodExampleProps = {
  caption: string;
  headers: { programme: string; periods: [string, string] };
  rows: { programme: string; received: [boolean, boolean] }[];
  labels: { yes: string; no: string };
};

// A made-up result in the shape the result page uses, so the first real one looks familiar.
export function PeriodExample({ caption, headers, rows, labels }: PeriodExampleProps) {
  return (
    <table className="w-full border-collapse text-left">
      <caption className="pb-2 text-left font-bold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pr-3">
            {headers.programme}
          </th>
          {headers.periods.map((period) => (
            <th key={period} scope="col" className="py-2 pr-3 last:pr-0">
              {period}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.programme} className="border-b border-slate-300 align-top">
            <th scope="row" className="py-2 pr-3 font-semibold">
              {row.programme}
            </th>
            {row.received.map((received, index) => (
              <td key={headers.periods[index]} className="py-2 pr-3 last:pr-0">
                <strong className={received ? 'text-green-800' : 'text-ink'}>
                  {received ? labels.yes : labels.no}
                </strong>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
