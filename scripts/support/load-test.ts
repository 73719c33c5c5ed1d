// One autocannon run, with exact percentiles from every response time (autocannon's
// own summary has no p95).
import autocannon, { type Request } from 'autocannon';

export type LoadFigures = {
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  // Count and p95 per HTTP status.
  statuses: Record<string, { count: number; p95_ms: number }>;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function loadTest(options: {
  url: string;
  connections: number;
  durationSeconds: number;
  requests: Request[];
  // Requests per second over all connections, instead of as fast as answers come.
  overallRate?: number;
}): Promise<LoadFigures> {
  const times: number[] = [];
  const timesByStatus = new Map<number, number[]>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        requests: options.requests,
        ...(options.overallRate ? { overallRate: options.overallRate } : {}),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      const ofStatus = timesByStatus.get(status) ?? [];
      ofStatus.push(responseTime);
      timesByStatus.set(status, ofStatus);
    });
  });
  times.sort((a, b) => a - b);
  const round = (value: number) => Number(value.toFixed(1));
  return {
    rps: round(result.requests.average),
    p50_ms: round(percentile(times, 50)),
    p95_ms: round(percentile(times, 95)),
    p99_ms: round(percentile(times, 99)),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses: Object.fromEntries(
      [...timesByStatus].map(([status, ofStatus]) => [
        String(status),
        {
          count: ofStatus.length,
          p95_ms: round(
            percentile(
              ofStatus.sort((a, b) => a - b),
              95,
            ),
          ),
        },
      ]),
    ),
  };
}
