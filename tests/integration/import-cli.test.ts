import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { importCommandLine } from '../support/import-cli';

// The command line answers a wrong path in Indonesian before it opens any database.
describe('npm run import with a file that is not there', () => {
  it('says which file it could not read, without a stack trace', () => {
    const [command, args] = importCommandLine('--source', 'dtks', '--period', '2026-Q1', '/tidak/ada.csv');
    const run = spawnSync(command, args, {
      encoding: 'utf8',
      env: { ...process.env, PORTAL_DATA_DIR: 'memory://import-cli', DATABASE_URL: '' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Berkas tidak ditemukan atau tidak bisa dibaca: /tidak/ada.csv');
    expect(run.stderr).not.toMatch(/ENOENT|\n\s+at /);
  });
});
