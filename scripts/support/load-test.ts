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
}): Promise<LoadFigures> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        requests: options.requests,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
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
  };
}
