import type { IncomingHttpHeaders } from 'node:http';

// Collects the Server-Timing header of every response in a load test and summarises each stage.
export type StageFigures = Record<string, { p50_ms: number; p95_ms: number }>;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export function serverTimingCollector() {
  const stages = new Map<string, number[]>();
  return {
    onResponse(_status: number, _body: string, _context: object, headers: IncomingHttpHeaders | undefined) {
      const header = Object.entries(headers ?? {}).find(
        ([name]) => name.toLowerCase() === 'server-timing',
      )?.[1];
      for (const entry of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
        const match = /^\s*([\w-]+);dur=([\d.]+)/.exec(entry);
        if (!match?.[1] || !match[2]) continue;
        const times = stages.get(match[1]) ?? [];
        times.push(Number(match[2]));
        stages.set(match[1], times);
      }
    },
    summary(): StageFigures {
      const figures: StageFigures = {};
      for (const [stage, times] of stages) {
        const sorted = [...times].sort((a, b) => a - b);
        const round = (value: number) => Number(value.toFixed(1));
        figures[stage] = { p50_ms: round(percentile(sorted, 50)), p95_ms: round(percentile(sorted, 95)) };
      }
      return figures;
    },
  };
}
