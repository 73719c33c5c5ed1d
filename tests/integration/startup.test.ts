import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function migrateWith(environment: Record<string, string>) {
  const result = spawnSync(
    'npx',
    ['--no-install', 'tsx', '--conditions=react-server', 'scripts/db-migrate.ts'],
    {
      env: { ...process.env, ...environment },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: result.status, stderr: result.stderr };
}

describe('start-up with bad configuration', () => {
  it('a malformed DATABASE_URL stops with a message naming it', () => {
    const result = migrateWith({ DATABASE_URL: 'mysql://db/portal', PORTAL_SECRET: 'x'.repeat(32) });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL: must look like postgresql://');
    expect(result.stderr).not.toContain('    at ');
  });

  it('an unreachable database stops with a message saying so', () => {
    const result = migrateWith({
      DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/portal',
      PORTAL_SECRET: 'x'.repeat(32),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Cannot reach the PostgreSQL database in DATABASE_URL');
    expect(result.stderr).not.toContain('    at ');
  });
});
