import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PortalConfig } from '@/lib/config';
import { openDatabase } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import { testEngines } from '../support/databases';

// A database with the one village the ticket belongs to.
async function prepare(config: PortalConfig['database']): Promise<void> {
  const database = await openDatabase(config);
  await applyMigrations(database.adapterFactory);
  await database.sql.query(`INSERT INTO province (code, name) VALUES ('35', 'JAWA TIMUR')`);
  await database.sql.query(
    `INSERT INTO regency (code, province_code, name) VALUES ('35.78', '35', 'KOTA SURABAYA')`,
  );
  await database.sql.query(
    `INSERT INTO district (code, regency_code, name) VALUES ('35.78.05', '35.78', 'TEGALSARI')`,
  );
  await database.sql.query(
    `INSERT INTO village (code, district_code, name) VALUES ('35.78.05.1003', '35.78.05', 'KEDUNGDORO')`,
  );
  await database.close();
}

// Runs the child until it prints the acknowledgement, then kills it with SIGKILL: no
// shutdown hook, no close, no flush beyond what the commit itself did.
function fileThenKill(config: PortalConfig['database'], dir: string, key: string): Promise<string> {
  const child = spawn(
    'npx',
    [
      '--no-install',
      'tsx',
      '--conditions=react-server',
      'tests/integration/support/file-ticket-then-hang.ts',
      JSON.stringify(config),
      dir,
      key,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], detached: true },
  );
  const group = child.pid ?? 0;
  return new Promise((resolve, reject) => {
    let output = '';
    let acknowledgement: string | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      acknowledgement = output.split('\n').find((candidate) => candidate.startsWith('{'));
      // The whole process group: npx, tsx and the node process running the script.
      if (acknowledgement) process.kill(-group, 'SIGKILL');
    });
    child.on('exit', (code, signal) => {
      const acknowledged = acknowledgement;
      if (signal !== 'SIGKILL' || !acknowledged)
        return reject(new Error(`child ended early (${code ?? signal}): ${output}`));
      groupGone(group).then(() => resolve(acknowledged), reject);
    });
  });
}

// Reopening the database while a killed process still holds it would test nothing: fail instead.
async function groupGone(group: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      process.kill(-group, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`process group ${group} still alive 5 s after SIGKILL`);
}

describe.each(testEngines())('a ticket acknowledged on $name', (engine) => {
  const cleanup: string[] = [];
  afterAll(() => Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('is still there after the server is killed right after acknowledging it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tickets-crash-'));
    cleanup.push(dir);
    const config: PortalConfig['database'] =
      engine.name === 'pglite' ? { mode: 'embedded', dataDir: path.join(dir, 'db') } : await engine.fresh();
    await prepare(config);

    const acknowledged = JSON.parse(
      await fileThenKill(config, path.join(dir, 'files'), 'crash-test-submission-key-0001'),
    );
    expect(acknowledged).toMatchObject({ kind: 'filed', repeated: false });

    const reopened = await openDatabase(config);
    try {
      const ticket = await reopened.prisma.ticket.findUnique({
        where: { code: acknowledged.code },
        include: { events: true },
      });
      expect(ticket).toMatchObject({
        kind: 'PERBAIKAN_DATA',
        state: 'DIAJUKAN',
        applicantName: 'Sri Wahyuni',
      });
      expect(ticket?.events).toHaveLength(1);
    } finally {
      await reopened.close();
    }
  });
});
