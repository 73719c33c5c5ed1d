type DesilScaleProps = { caption: string; poorest: string; richest: string };

const desils = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

// A picture of the ten steps; the caption says the same in words, so the picture is hidden from screen readers.
export function DesilScale({ caption, poorest, richest }: DesilScaleProps) {
  return (
    <figure className="space-y-2">
      <div aria-hidden="true">
        <ol className="grid grid-cols-10 gap-1">
          {desils.map((desil) => (
            <li
              key={desil}
              className="rounded-sm border-2 border-brand-700 bg-brand-50 py-2 text-center font-bold text-ink"
            >
              {desil}
            </li>
          ))}
        </ol>
        <div className="mt-1 flex justify-between text-base text-muted">
          <span>← {poorest}</span>
          <span>{richest} →</span>
        </div>
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
