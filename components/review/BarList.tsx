type BarListProps = {
  items: { label: string; value: number; display: string }[];
  max: number;
  description: string;
};

const width = 640;
const rowHeight = 22;
const labelWidth = 200;
const valueWidth = 60;

// Horizontal bars with their labels, drawn on the server; one image with a description,
// the figures are in the table beside it.
export function BarList({ items, max, description }: BarListProps) {
  const height = Math.max(1, items.length) * rowHeight;
  const barSpace = width - labelWidth - valueWidth;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description} className="h-auto w-full">
      {items.map((item, index) => {
        const barWidth = max > 0 ? (Math.min(item.value, max) / max) * barSpace : 0;
        const y = index * rowHeight;
        return (
          <g key={item.label}>
            <text x={labelWidth - 6} y={y + 15} textAnchor="end" fontSize="12" fill="#1b1f24">
              {item.label.length > 28 ? `${item.label.slice(0, 27)}…` : item.label}
            </text>
            <rect
              x={labelWidth}
              y={y + 4}
              width={barWidth}
              height={rowHeight - 8}
              fill="var(--color-brand-700)"
            />
            <text x={labelWidth + barWidth + 4} y={y + 15} fontSize="12" fill="#1b1f24">
              {item.display}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
