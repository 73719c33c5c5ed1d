import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The command line answers a wrong path in Indonesian before it opens any database.
describe('npm run import with a file that is not there', () => {
  it('says which file it could not read, without a stack trace', () => {
    const run = spawnSync(
      'npx',
      [
        'tsx',
        '--conditions=react-server',
        'scripts/import.ts',
        '--source',
        'dtks',
        '--period',
        '2026-Q1',
        '/tidak/ada.csv',
      ],
      { encoding: 'utf8', env: { ...process.env, PORTAL_DATA_DIR: 'memory://import-cli', DATABASE_URL: '' } },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Berkas tidak ditemukan atau tidak bisa dibaca: /tidak/ada.csv');
    expect(run.stderr).not.toMatch(/ENOENT|\n\s+at /);
  });
});
