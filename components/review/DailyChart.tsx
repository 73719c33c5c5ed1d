import { gridValues, niceCeiling } from '@/lib/review';

type DailyChartProps = {
  days: { day: string; publicCount: number; operatorCount: number }[];
  description: string;
  legend: { public: string; operator: string };
};

const width = 640;
const height = 200;
const left = 40;
const bottom = 24;
const top = 8;

// Stacked bars of lookups per day, drawn on the server. The SVG is one image with a
// description; the table beside it carries every figure for screen readers.
export function DailyChart({ days, description, legend }: DailyChartProps) {
  const ceiling = niceCeiling(Math.max(0, ...days.map((d) => d.publicCount + d.operatorCount)));
  const plotHeight = height - bottom - top;
  const slot = (width - left) / Math.max(1, days.length);
  const barWidth = Math.max(1, slot * 0.8);
  const y = (value: number) => top + plotHeight - (value / ceiling) * plotHeight;
  const labelEvery = Math.ceil(days.length / 8);
  return (
    <figure className="space-y-1">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description} className="h-auto w-full">
        {gridValues(ceiling).map((value) => (
          <g key={value}>
            <line x1={left} x2={width} y1={y(value)} y2={y(value)} stroke="#d0d5db" strokeWidth="1" />
            <text x={left - 4} y={y(value) + 4} textAnchor="end" fontSize="11" fill="#4a5360">
              {value}
            </text>
          </g>
        ))}
        {days.map((day, index) => {
          const x = left + index * slot + (slot - barWidth) / 2;
          return (
            <g key={day.day}>
              <rect
                x={x}
                y={y(day.publicCount)}
                width={barWidth}
                height={y(0) - y(day.publicCount)}
                fill="var(--color-brand-700)"
              />
              <rect
                x={x}
                y={y(day.publicCount + day.operatorCount)}
                width={barWidth}
                height={y(0) - y(day.operatorCount)}
                fill="#b45309"
              />
              {index % labelEvery === 0 ? (
                <text x={x + barWidth / 2} y={height - 8} textAnchor="middle" fontSize="11" fill="#4a5360">
                  {day.day.slice(5)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="flex gap-4 text-sm">
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 bg-brand-700" />
          {legend.public}
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 bg-amber-700" />
          {legend.operator}
        </span>
      </figcaption>
    </figure>
  );
}
