// npm run bench:overload [-- --persons 1000000 --duration 30]: the lookup past capacity, with the
// load shedding the portal ships with (PORTAL_PUBLIC_ACTION_* defaults). Measures the lookups
// answered per second at saturation (capacity) and the home page's p95 when idle, then offers
// three times the capacity for `duration` seconds while a few residents keep opening the home
// page. Prints admitted (303) and refused (429) counts and p95, 5xx, timeouts and errors.
import { parseArgs } from 'node:util';
import { loadTest, type LoadFigures } from './support/load-test';
import { startLookupBench } from './support/lookup-bench';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    duration: { type: 'string', default: '30' },
  },
});
const durationSeconds = Number(values.duration);
const capacitySeconds = Math.max(5, Math.round(durationSeconds / 3));
const overloadConnections = 300;

const status = (figures: LoadFigures, code: string) => figures.statuses[code] ?? { count: 0, p95_ms: 0 };
const serverErrors = (figures: LoadFigures) =>
  Object.entries(figures.statuses)
    .filter(([code]) => code.startsWith('5'))
    .reduce((total, [, { count }]) => total + count, 0);

const stops: (() => void)[] = [];
try {
  const bench = await startLookupBench({
    persons: Number(values.persons),
    proofCount: 1000 * (durationSeconds + capacitySeconds) + 2000,
    port: 3903,
    environment: Object.fromEntries(
      Object.entries(process.env).filter(([name]) => name.startsWith('PORTAL_PUBLIC_ACTION_')),
    ) as Record<string, string>,
    stops,
  });
  const home = (seconds: number) =>
    loadTest({
      url: `${bench.next.url}/`,
      connections: 4,
      durationSeconds: seconds,
      requests: [{ method: 'GET' }],
    });
  const homeIdle = await home(5);
  const atCapacity = await loadTest({
    url: `${bench.next.url}/cek`,
    // No more at once than an instance admits and queues (8 + 32 by default): none refused.
    connections: 32,
    durationSeconds: capacitySeconds,
    requests: [bench.lookupRequest()],
  });
  const capacity = status(atCapacity, '303').count / capacitySeconds;
  console.log(`At capacity: ${JSON.stringify(atCapacity)}`);

  const offered = Math.round(3 * capacity);
  const [overload, homeUnderLoad] = await Promise.all([
    loadTest({
      url: `${bench.next.url}/cek`,
      connections: overloadConnections,
      durationSeconds,
      overallRate: offered,
      requests: [bench.lookupRequest()],
    }),
    home(durationSeconds),
  ]);
  console.log(`Overload: ${JSON.stringify(overload)}`);
  console.log(
    JSON.stringify({
      capacity_rps: Number(capacity.toFixed(1)),
      admitted_p95_at_capacity_ms: status(atCapacity, '303').p95_ms,
      offered_rps: offered,
      admitted: status(overload, '303'),
      refused: status(overload, '429'),
      errors_5xx: serverErrors(overload),
      timeouts: overload.timeouts,
      connection_errors: overload.errors,
      home_idle_p95_ms: homeIdle.p95_ms,
      home_under_load_p95_ms: homeUnderLoad.p95_ms,
    }),
  );
} finally {
  for (const stop of stops.reverse()) stop();
}
