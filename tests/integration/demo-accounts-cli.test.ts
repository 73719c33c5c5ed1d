import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrations';
import { seedDemoStaff } from '@/lib/staff/users/demo-staff';

const secret = 'demo-accounts-cli-secret-0123456789abcdef';

// The command that the refusing server names in its message.
describe('npm run demo:remove-accounts on the embedded database', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'demo-accounts-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('removes the demo accounts and says how many', async () => {
    const database = await openDatabase({ mode: 'embedded', dataDir });
    await applyMigrations(database.adapterFactory);
    await seedDemoStaff(database.prisma, secret);
    await database.close();

    const run = spawnSync(
      'npx',
      ['--no-install', 'tsx', '--conditions=react-server', 'scripts/demo-accounts-remove.ts'],
      {
        encoding: 'utf8',
        env: { ...process.env, PORTAL_DATA_DIR: dataDir, PORTAL_SECRET: secret, DATABASE_URL: '' },
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Demo accounts removed: 5.');

    const reopened = await openDatabase({ mode: 'embedded', dataDir });
    const [left] = await reopened.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM staff_user');
    await reopened.close();
    expect(left?.n).toBe(0);
  });
});
