// npm run bench:import [-- --rows 1000000] [--also-rows 2000000]: generates a DTKS file
// of --rows rows, imports it into PostgreSQL (DATABASE_URL, or a throwaway cluster) with
// `npm run import` in its own process, loads the same file with a bare COPY into an
// unindexed table, and prints rows per second of both, their ratio and the import's peak
// memory. --also-rows imports a second, larger file to show memory does not grow with it.
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openDatabase, applyMigrations } from '@/lib/db';
import { loadOfficialRegions } from '@/lib/regions';
import { dtksHeader, writeGeneratedDtksFile } from './support/generated-dtks-file';
import { startThrowawayPostgres } from './support/throwaway-postgres';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    'also-rows': { type: 'string' },
  },
});
const secret = 'benchmark-secret-0123456789abcdef0123';

type ImportRun = { seconds: number; rows: number; peakMb: number; output: string };

// The import runs as `npm run import` does (same flags, package.json), in its own process, so its
// peak memory is its own.
async function runImport(url: string, file: string, period: string): Promise<ImportRun> {
  const child = spawn(
    'npm',
    ['run', '--silent', 'import', '--', '--source', 'dtks', '--period', period, file],
    {
      env: { ...process.env, DATABASE_URL: url, PORTAL_SECRET: secret },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`import exited with ${code}:\n${output}`);
  const counts = /(\d+) baris dibaca.*\(([\d.]+) s\)/.exec(output);
  const memory = /Memori puncak: (\d+) MB/.exec(output);
  if (!counts || !memory) throw new Error(`unexpected import output:\n${output}`);
  return { rows: Number(counts[1]), seconds: Number(counts[2]), peakMb: Number(memory[1]), output };
}

async function bareCopy(url: string, file: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP TABLE IF EXISTS bench_copy');
    await client.query(`CREATE TABLE bench_copy (${dtksHeader.map((_, i) => `c${i} text`).join(', ')})`);
    const started = performance.now();
    await pipeline(
      createReadStream(file),
      client.query(copyFrom('COPY bench_copy FROM STDIN WITH (FORMAT csv, HEADER true)')),
    );
    const seconds = (performance.now() - started) / 1000;
    await client.query('DROP TABLE bench_copy');
    return seconds;
  } finally {
    await client.end();
  }
}

const cluster = process.env.DATABASE_URL ? null : await startThrowawayPostgres();
const url = process.env.DATABASE_URL ?? cluster?.url ?? '';
const dir = mkdtempSync(path.join(tmpdir(), 'bench-import-'));
try {
  const database = await openDatabase({ mode: 'postgres', url });
  await applyMigrations(database.adapterFactory);
  await loadOfficialRegions(database.prisma);
  const villages = (
    await database.sql.query<{ code: string; district_code: string; name: string }>(
      'SELECT code, district_code, name FROM village ORDER BY code',
    )
  ).map((row) => ({ code: row.code, districtCode: row.district_code, name: row.name }));
  await database.close();

  const rows = Number(values.rows);
  const file = path.join(dir, `dtks-${rows}.csv`);
  await writeGeneratedDtksFile(file, rows, villages);
  const imported = await runImport(url, file, '2026-Q1');
  process.stdout.write(imported.output);
  const copySeconds = await bareCopy(url, file);
  const figures: Record<string, number> = {
    rows: imported.rows,
    rows_per_s: Math.round(imported.rows / imported.seconds),
    copy_rows_per_s: Math.round(imported.rows / copySeconds),
    ratio: 0,
    peak_rss_mb: imported.peakMb,
  };
  figures.ratio = Number(((figures.rows_per_s ?? 0) / (figures.copy_rows_per_s ?? 1)).toFixed(3));
  console.log(
    `Import of ${imported.rows} rows: ${imported.seconds} s, ${figures.rows_per_s} rows/s, peak ${imported.peakMb} MB; bare COPY: ${copySeconds.toFixed(1)} s, ${figures.copy_rows_per_s} rows/s; ratio ${figures.ratio}`,
  );
  if (values['also-rows']) {
    const larger = Number(values['also-rows']);
    const largerFile = path.join(dir, `dtks-${larger}.csv`);
    rmSync(file);
    await writeGeneratedDtksFile(largerFile, larger, villages);
    const second = await runImport(url, largerFile, '2026-Q2');
    process.stdout.write(second.output);
    console.log(`Import of ${second.rows} rows: ${second.seconds} s, peak ${second.peakMb} MB`);
    figures.larger_rows = second.rows;
    figures.larger_rows_per_s = Math.round(second.rows / second.seconds);
    figures.larger_peak_rss_mb = second.peakMb;
  }
  console.log(JSON.stringify(figures));
} finally {
  rmSync(dir, { recursive: true, force: true });
  cluster?.stop();
}
