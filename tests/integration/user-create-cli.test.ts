import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import { recordStaffActionIn, verifyStaffActionLog } from '@/lib/staff/log';

type Outcome = { code: number | null; stdout: string; stderr: string };

function userCreate(dataDir: string, args: string[], stdin: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', '--conditions=react-server', 'scripts/user-create.ts', ...args], {
      env: { ...process.env, PORTAL_DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('npm run user:create on the embedded database', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'user-create-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('makes the first admin from a password on stdin and prints the TOTP secret once', async () => {
    const admin = ['--username', 'Admin.Dinsos', '--name', 'Admin Dinsos', '--role', 'admin'];
    const created = await userCreate(dataDir, admin, 'kopi tubruk pagi hari\n');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Created staff user admin\.dinsos/);
    expect(created.stdout).toMatch(/Secret \(base32\): [A-Z2-7]{32}/);
    expect(created.stdout).toMatch(/otpauth:\/\/totp\//);

    const again = await userCreate(dataDir, admin, 'kopi tubruk pagi hari\n');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('This username is taken');

    const weak = await userCreate(
      dataDir,
      ['--username', 'admin.dua', '--name', 'Admin Dua', '--role', 'ADMIN'],
      'password1234\n',
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('too common');

    const database = await openDatabase({ mode: 'embedded', dataDir });
    try {
      await applyMigrations(database.adapterFactory);
      const users = await database.sql.query<{ username: string; role: string; totp: boolean }>(
        'SELECT username, role::text AS role, totp_secret IS NOT NULL AS totp FROM staff_user',
      );
      expect(users).toEqual([{ username: 'admin.dinsos', role: 'ADMIN', totp: true }]);
      await recordStaffActionIn(database, { actorId: null, action: 'noop' });
      expect(await verifyStaffActionLog(database.prisma)).toMatchObject({ kind: 'intact', rows: 2 });
    } finally {
      await database.close();
    }
  });
});
