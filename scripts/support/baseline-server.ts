// The benchmark's baseline: a bare node:http handler that runs the lookup's database
// query (the same SQL, keys and snapshots) and nothing else. Started as its own process
// so it does not share a core with the load generator.
import { createServer } from 'node:http';
import { openDatabase } from '@/lib/db';
import { activeSnapshots, fetchCandidates } from '@/lib/lookup';
import { matchKeys } from '@/lib/matching';

const database = await openDatabase({ mode: 'postgres', url: process.env.DATABASE_URL ?? '' });
const port = Number(process.env.PORT);

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const village = url.searchParams.get('village') ?? '';
  const name = url.searchParams.get('name') ?? '';
  const rows = await fetchCandidates(
    database.prisma,
    village,
    matchKeys(name),
    null,
    await activeSnapshots(database.prisma),
  );
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ candidates: rows.length }));
}).listen(port, '127.0.0.1', () => console.log(`baseline listening on ${port}`));
