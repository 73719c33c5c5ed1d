type Programme = { key: string; name: string; fullName: string; gives: string; forWhom: string };

type ProgrammeListProps = { programmes: Programme[]; labels: { gives: string; forWhom: string } };

export function ProgrammeList({ programmes, labels }: ProgrammeListProps) {
  return (
    <ul className="space-y-4">
      {programmes.map((programme) => (
        <li key={programme.key} className="rounded-md border border-slate-300 p-4">
          <h3 className="text-xl leading-snug font-bold">{programme.name}</h3>
          <p className="text-muted">{programme.fullName}</p>
          <dl className="mt-3 space-y-2">
            <div>
              <dt className="font-bold">{labels.gives}</dt>
              <dd>{programme.gives}</dd>
            </div>
            <div>
              <dt className="font-bold">{labels.forWhom}</dt>
              <dd>{programme.forWhom}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
