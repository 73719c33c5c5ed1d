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
import { createProofChallenge, solveProofChallenge } from '@/lib/gate';
import { openDatabase, applyMigrations } from '@/lib/db';
import { countRegions, loadOfficialRegions } from '@/lib/regions';
import { seedDemoRegistry } from '@/lib/demo';
import { defaultDemoSeed } from '@/lib/setup';
import { loadTest } from './support/load-test';
import { cpuMeter, postgresProcesses } from './support/process-cpu';
import { serverTimingCollector } from './support/server-timing';
import { buildIfNeeded, startNext } from './support/next-server';
import { startThrowawayPostgres } from './support/throwaway-postgres';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
  },
});
const durationSeconds = Number(values.duration);
const connections = Number(values.connections);
const secret = 'benchmark-secret-0123456789abcdef0123';
const unlimited = '1000000000';

const cluster = process.env.DATABASE_URL
  ? null
  : await startThrowawayPostgres([
      'shared_buffers=1GB',
      'max_connections=200',
      'shared_preload_libraries=pg_stat_statements',
    ]);
const databaseUrl = process.env.DATABASE_URL ?? cluster?.socketUrl ?? '';
const stops: (() => void)[] = [() => cluster?.stop()];
try {
  const database = await openDatabase({ mode: 'postgres', url: databaseUrl });
  await applyMigrations(database.adapterFactory);
  if ((await countRegions(database.prisma)).village === 0) await loadOfficialRegions(database.prisma);
  const seedStarted = performance.now();
  const seeded = await seedDemoRegistry(database, {
    seed: defaultDemoSeed,
    persons: Number(values.persons),
    secret,
  });
  console.log(`Registry: ${seeded.kind} (${((performance.now() - seedStarted) / 1000).toFixed(1)} s)`);
  await database.sql.query('ANALYZE');
  const people = await database.sql.query<{ full_name: string; village_code: string; birth_date: string }>(
    `SELECT full_name, village_code, to_char(birth_date, 'YYYY-MM-DD') AS birth_date FROM person TABLESAMPLE SYSTEM (1) LIMIT 2000`,
  );
  await database.close();

  buildIfNeeded();
  const next = await startNext(3901, {
    DATABASE_URL: databaseUrl,
    PORTAL_SECRET: secret,
    // A low cost lets us pre-solve thousands. Verifying at the default cost (250,000) costs one
    // PBKDF2 of 5,000 iterations per lookup, about 1.2 ms on libuv's thread pool here, left out.
    PORTAL_POW_COST: '1',
    PORTAL_RATE_IP_PER_MINUTE: unlimited,
    PORTAL_RATE_FORM_TOKEN_PER_MINUTE: unlimited,
    PORTAL_RATE_CHALLENGE_PER_MINUTE: unlimited,
    // The whole path's capacity, not what load shedding admits (bench:overload measures that).
    PORTAL_PUBLIC_ACTION_CONCURRENCY: unlimited,
  });
  stops.push(next.stop);
  const page = await (await fetch(`${next.url}/cek`)).text();
  const actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(page)?.[1];
  if (!actionField) throw new Error('No server action field found on /cek');

  const proofCount = 600 * durationSeconds + 2000;
  const solvingStarted = performance.now();
  const proofs: string[] = [];
  for (let i = 0; i < proofCount; i++)
    proofs.push(await solveProofChallenge(await createProofChallenge(secret, 1)));
  console.log(
    `Pre-solved ${proofCount} challenges in ${((performance.now() - solvingStarted) / 1000).toFixed(1)} s`,
  );

  const boundary = 'benchboundary7MA4YWxkTrZu0gW';
  const multipart = (fields: Record<string, string>) =>
    Object.entries(fields)
      .map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join('') + `--${boundary}--\r\n`;
  let counter = 0;
  const lookupLoad = (atConnections: number, collector = serverTimingCollector()) =>
    loadTest({
      url: `${next.url}/cek`,
      connections: atConnections,
      durationSeconds,
      requests: [
        {
          method: 'POST',
          onResponse: collector.onResponse,
          setupRequest: (request) => {
            const person = people[counter % people.length];
            const proof = proofs[counter % proofs.length] ?? '';
            counter++;
            const [year = '', month = '', day = ''] = (person?.birth_date ?? '').split('-');
            const withBirthDate = counter % 3 === 0;
            return {
              ...request,
              // A browser sends Origin with every form POST; Next checks it against Host.
              headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, origin: next.url },
              body: multipart({
                [actionField]: '',
                villageCode: person?.village_code ?? '',
                fullName: person?.full_name ?? '',
                birthDay: withBirthDate ? day : '',
                birthMonth: withBirthDate ? month : '',
                birthYear: withBirthDate ? year : '',
                nik: '',
                altcha: proof,
              }),
            };
          },
        },
      ],
    });
  const emptyActionLoad = (atConnections: number) =>
    loadTest({
      url: `${next.url}/cek`,
      connections: atConnections,
      durationSeconds,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, origin: next.url },
          body: multipart({ [actionField]: '' }),
        },
      ],
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
  const clusterDir = cluster ? `${cluster.dataDir}/cluster` : '';
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
