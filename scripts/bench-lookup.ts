// npm run bench:lookup [-- --persons 1000000 --duration 20]: the whole public lookup
// (server action, proof of work, rate limits, matching, audit) under autocannon at 50
// connections against `next start` on PostgreSQL, next to a bare node:http handler running the
// same database query, and, on the same Next server, a prerendered page and the action with an
// empty form (what the framework itself manages on this machine). Prints each stage's p50/p95
// from the Server-Timing header, the CPU one request costs the server and the database, and the
// lookup and the empty action at one connection. Uses DATABASE_URL or a throwaway cluster.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadTest } from './support/load-test';
import { startLookupBench, unlimited } from './support/lookup-bench';
import { cpuMeter, postgresProcesses } from './support/process-cpu';
import { serverTimingCollector } from './support/server-timing';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
  },
});
const durationSeconds = Number(values.duration);
const connections = Number(values.connections);
const stops: (() => void)[] = [];
try {
  const bench = await startLookupBench({
    persons: Number(values.persons),
    proofCount: 600 * durationSeconds + 2000,
    port: 3901,
    // The whole path's capacity, not what load shedding admits (bench:overload measures that).
    environment: { PORTAL_PUBLIC_ACTION_CONCURRENCY: unlimited },
    stops,
  });
  const { next, people, databaseUrl, clusterDir } = bench;
  const lookupLoad = (atConnections: number, collector = serverTimingCollector()) =>
    loadTest({
      url: `${next.url}/cek`,
      connections: atConnections,
      durationSeconds,
      requests: [bench.lookupRequest(collector.onResponse)],
    });
  const emptyActionLoad = (atConnections: number) =>
    loadTest({
      url: `${next.url}/cek`,
      connections: atConnections,
      durationSeconds,
      requests: [bench.emptyActionRequest()],
    });
  // Statements the database ran (pg_stat_statements, when loaded; the bench's own are left out).
  const statistics = new pg.Client({ connectionString: databaseUrl });
  await statistics.connect();
  stops.push(() => void statistics.end());
  const counting = await statistics
    .query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
    .then(() => true)
    .catch(() => false);
  const statementCount = async () =>
    counting
      ? Number(
          (
            await statistics.query<{ calls: string }>(
              `SELECT coalesce(sum(calls), 0)::text AS calls FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'`,
            )
          ).rows[0]?.calls,
        )
      : Number.NaN;
  // CPU milliseconds per request on each side: the portal's server and the database.
  async function costPerRequest<T extends { rps: number }>(load: () => Promise<T>) {
    const serverCpu = cpuMeter(() => [next.pid]);
    const databaseCpu = cpuMeter(() => postgresProcesses(clusterDir));
    const statementsBefore = await statementCount();
    const figures = await load();
    const requests = figures.rps * durationSeconds;
    const perRequest = (count: number) => Number((count / requests).toFixed(2));
    return {
      figures,
      cpu: { server: perRequest(serverCpu()), database: perRequest(databaseCpu()) },
      statements: perRequest((await statementCount()) - statementsBefore),
    };
  }
  const stages = serverTimingCollector();
  const {
    figures: lookup,
    cpu: lookupCpu,
    statements: lookupStatements,
  } = await costPerRequest(() => lookupLoad(connections, stages));
  console.log(`Lookup path: ${JSON.stringify(lookup)}`);
  console.log(`Lookup stages (Server-Timing): ${JSON.stringify(stages.summary())}`);
  // The framework's own ceiling on this machine: a prerendered page with no data at all.
  const staticPage = await loadTest({
    url: `${next.url}/info`,
    connections,
    durationSeconds,
    requests: [{ method: 'GET' }],
  });
  console.log(`Static page (framework floor): ${JSON.stringify(staticPage)}`);
  // The same server action with an empty form: validation fails before any proof, limit or
  // query, so this is what the server-action round trip alone costs.
  const { figures: emptyAction, cpu: emptyActionCpu } = await costPerRequest(() =>
    emptyActionLoad(connections),
  );
  console.log(`Server action that only redirects (framework floor): ${JSON.stringify(emptyAction)}`);

  // One connection: what a lookup adds to the round trip when nothing waits for anything.
  const singleStages = serverTimingCollector();
  const single = await costPerRequest(() => lookupLoad(1, singleStages));
  const singleLookup = single.figures;
  const singleEmptyAction = await emptyActionLoad(1);
  console.log(
    `One connection: lookup ${JSON.stringify(singleLookup)}, CPU ms per lookup ${JSON.stringify(single.cpu)}, statements per lookup ${single.statements}, stages ${JSON.stringify(singleStages.summary())}; empty action ${JSON.stringify(singleEmptyAction)}`,
  );

  const baselinePort = 3902;
  const baseline = spawn(
    'npx',
    ['--no-install', 'tsx', '--conditions=react-server', 'scripts/support/baseline-server.ts'],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(baselinePort) },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    },
  );
  stops.push(() => baseline.pid && process.kill(-baseline.pid, 'SIGTERM'));
  await new Promise((resolve) => setTimeout(resolve, 4000));
  let baselineCounter = 0;
  const bare = await loadTest({
    url: `http://127.0.0.1:${baselinePort}`,
    connections,
    durationSeconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const person = people[baselineCounter++ % people.length];
          const query = new URLSearchParams({
            village: person?.village_code ?? '',
            name: person?.full_name ?? '',
          });
          return { ...request, path: `/?${query}` };
        },
      },
    ],
  });
  console.log(`Bare handler: ${JSON.stringify(bare)}`);
  console.log(
    JSON.stringify({
      rps: lookup.rps,
      p50_ms: lookup.p50_ms,
      p95_ms: lookup.p95_ms,
      p99_ms: lookup.p99_ms,
      baseline_rps: bare.rps,
      baseline_p95_ms: bare.p95_ms,
      ratio: Number((lookup.rps / bare.rps).toFixed(2)),
      static_page_rps: staticPage.rps,
      static_page_p95_ms: staticPage.p95_ms,
      empty_action_rps: emptyAction.rps,
      empty_action_p95_ms: emptyAction.p95_ms,
      empty_action_ratio: Number((lookup.rps / emptyAction.rps).toFixed(2)),
      single_connection_overhead_ms: Number((singleLookup.p50_ms - singleEmptyAction.p50_ms).toFixed(1)),
      stages: stages.summary(),
      cpu_ms_per_lookup: lookupCpu,
      statements_per_lookup: lookupStatements,
      single_connection_statements_per_lookup: single.statements,
      cpu_ms_per_empty_action: emptyActionCpu,
    }),
  );
} finally {
  for (const stop of stops.reverse()) stop();
}
