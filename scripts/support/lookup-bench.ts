// What bench:lookup and bench:overload share: a PostgreSQL registry of the given size (a
// throwaway cluster unless DATABASE_URL is set), the portal's server on it, pre-solved proofs of
// work, and the lookup and empty-action requests.
import type { Request } from 'autocannon';
import { createProofChallenge, solveProofChallenge } from '@/lib/gate';
import { applyMigrations, openDatabase } from '@/lib/db';
import { countRegions, loadOfficialRegions } from '@/lib/regions';
import { seedDemoRegistry } from '@/lib/demo';
import { defaultDemoSeed } from '@/lib/setup';
import { buildIfNeeded, startNext } from './next-server';
import { startThrowawayPostgres } from './throwaway-postgres';

export const benchSecret = 'benchmark-secret-0123456789abcdef0123';
export const unlimited = '1000000000';

type Person = { full_name: string; village_code: string; birth_date: string };
type OnResponse = NonNullable<Request['onResponse']>;

export async function startLookupBench(options: {
  persons: number;
  proofCount: number;
  port: number;
  environment: Record<string, string>;
  stops: (() => void)[];
}) {
  const cluster = process.env.DATABASE_URL
    ? null
    : await startThrowawayPostgres([
        'shared_buffers=1GB',
        'max_connections=200',
        'shared_preload_libraries=pg_stat_statements',
      ]);
  options.stops.push(() => cluster?.stop());
  // Over the Unix socket, as an app next to its database or pooler connects; the bare handler of
  // bench:lookup uses the same connection.
  const databaseUrl = process.env.DATABASE_URL ?? cluster?.socketUrl ?? '';
  const database = await openDatabase({ mode: 'postgres', url: databaseUrl });
  await applyMigrations(database.adapterFactory);
  if ((await countRegions(database.prisma)).village === 0) await loadOfficialRegions(database.prisma);
  const seedStarted = performance.now();
  const seeded = await seedDemoRegistry(database, {
    seed: defaultDemoSeed,
    persons: options.persons,
    secret: benchSecret,
  });
  console.log(`Registry: ${seeded.kind} (${((performance.now() - seedStarted) / 1000).toFixed(1)} s)`);
  await database.sql.query('ANALYZE');
  const people = await database.sql.query<Person>(
    `SELECT full_name, village_code, to_char(birth_date, 'YYYY-MM-DD') AS birth_date FROM person TABLESAMPLE SYSTEM (1) LIMIT 2000`,
  );
  await database.close();

  buildIfNeeded();
  const next = await startNext(options.port, {
    DATABASE_URL: databaseUrl,
    PORTAL_SECRET: benchSecret,
    // A low cost lets us pre-solve thousands. Verifying at the default cost (250,000) costs one
    // PBKDF2 of 5,000 iterations per lookup, about 1.2 ms on libuv's thread pool here, left out.
    PORTAL_POW_COST: '1',
    PORTAL_RATE_IP_PER_MINUTE: unlimited,
    PORTAL_RATE_FORM_TOKEN_PER_MINUTE: unlimited,
    PORTAL_RATE_CHALLENGE_PER_MINUTE: unlimited,
    ...options.environment,
  });
  options.stops.push(next.stop);
  const page = await (await fetch(`${next.url}/cek`)).text();
  const actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(page)?.[1];
  if (!actionField) throw new Error('No server action field found on /cek');

  const solvingStarted = performance.now();
  const proofs: string[] = [];
  for (let i = 0; i < options.proofCount; i++)
    proofs.push(await solveProofChallenge(await createProofChallenge(benchSecret, 1)));
  console.log(
    `Pre-solved ${options.proofCount} challenges in ${((performance.now() - solvingStarted) / 1000).toFixed(1)} s`,
  );

  const boundary = 'benchboundary7MA4YWxkTrZu0gW';
  const multipart = (fields: Record<string, string>) =>
    Object.entries(fields)
      .map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join('') + `--${boundary}--\r\n`;
  // A browser sends Origin with every form POST; Next checks it against Host.
  const headers = { 'content-type': `multipart/form-data; boundary=${boundary}`, origin: next.url };
  let counter = 0;

  return {
    next,
    people,
    databaseUrl,
    clusterDir: cluster ? `${cluster.dataDir}/cluster` : '',
    // A lookup of a sampled resident, a third of them with the date of birth; each with its own proof.
    lookupRequest(onResponse?: OnResponse): Request {
      return {
        method: 'POST',
        ...(onResponse ? { onResponse } : {}),
        setupRequest: (request) => {
          const person = people[counter % people.length];
          const proof = proofs[counter % proofs.length] ?? '';
          counter++;
          const [year = '', month = '', day = ''] = (person?.birth_date ?? '').split('-');
          const withBirthDate = counter % 3 === 0;
          return {
            ...request,
            headers,
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
      };
    },
    // The same server action with an empty form: validation fails before any proof, limit or
    // query, so this is what the server-action round trip alone costs.
    emptyActionRequest(): Request {
      return { method: 'POST', headers, body: multipart({ [actionField]: '' }) };
    },
  };
}
