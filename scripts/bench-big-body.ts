// npm run bench:big-body: starts the built portal (server.ts, as `npm start` runs it) on a fresh
// embedded database and prints its resident memory (VmRSS, /proc/<pid>/status) before and after
// 64 MB bodies to the public lookup: one with Content-Length, one chunked, then two at once.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { httpRequest, rawRequest } from '../tests/e2e/support/raw-http';
import { buildIfNeeded, startNext } from './support/next-server';

const port = 3977;
const bodyBytes = 64 * 1024 * 1024;

function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN);
  return Math.round(kilobytes / 102.4) / 10;
}

async function* zeros(total: number, chunked: boolean): AsyncGenerator<Buffer> {
  const block = Buffer.alloc(256 * 1024);
  const framed = chunked
    ? Buffer.concat([Buffer.from(`${block.length.toString(16)}\r\n`), block, Buffer.from('\r\n')])
    : block;
  for (let sent = 0; sent < total; sent += block.length) yield framed;
}

function bigPost(chunked: boolean) {
  const head = httpRequest(port, 'POST', '/cek', {
    'Content-Type': 'multipart/form-data; boundary=x',
    ...(chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': String(bodyBytes) }),
  });
  return rawRequest(port, head, zeros(bodyBytes, chunked));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));

buildIfNeeded();
const workDir = mkdtempSync(path.join(tmpdir(), 'bench-big-body-'));
const server = await startNext(port, {
  PORTAL_DATA_DIR: path.join(workDir, 'pglite'),
  PORTAL_SEED_PERSONS: '0',
});
try {
  for (let warm = 0; warm < 5; warm++) await fetch(`${server.url}/cek`);
  await settle();
  const rows: [string, number, string][] = [['idle, after 5 page views', residentMegabytes(server.pid), '']];
  const one = await bigPost(false);
  await settle();
  rows.push(['after 64 MB (Content-Length)', residentMegabytes(server.pid), `HTTP ${one.status}`]);
  const chunked = await bigPost(true);
  await settle();
  rows.push(['after 64 MB (chunked)', residentMegabytes(server.pid), `HTTP ${chunked.status}`]);
  const both = await Promise.all([bigPost(false), bigPost(true)]);
  await settle();
  rows.push([
    'after two 64 MB at once',
    residentMegabytes(server.pid),
    `HTTP ${both.map((answer) => answer.status).join(', ')}`,
  ]);
  const base = rows[0]?.[1] ?? 0;
  console.log('\nPortal server RSS (MB) around 64 MB bodies posted to /cek');
  for (const [label, megabytes, answer] of rows)
    console.log(
      `${label.padEnd(28)} ${megabytes.toFixed(1).padStart(7)}  (+${(megabytes - base).toFixed(1)})  ${answer}`,
    );
} finally {
  server.stop();
  rmSync(workDir, { recursive: true, force: true });
}
