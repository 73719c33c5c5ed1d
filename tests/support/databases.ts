// The engines every integration test runs on: PGlite always, PostgreSQL when
// TEST_DATABASE_URL names a server (npm test starts a throwaway one). On CI a missing
// PostgreSQL is an error, not a silent skip.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { PortalConfig } from '@/lib/config';

export type TestEngine = { name: 'pglite' | 'postgres'; fresh(): Promise<PortalConfig['database']> };

const pglite: TestEngine = {
  name: 'pglite',
  async fresh() {
    return { mode: 'embedded', dataDir: `memory://test-${randomBytes(6).toString('hex')}` };
  },
};

function postgresEngine(serverUrl: string): TestEngine {
  return {
    name: 'postgres',
    async fresh() {
      const name = `test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return { mode: 'postgres', url: url.toString() };
    },
  };
}

export function testEngines(): TestEngine[] {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl && process.env.CI) throw new Error('TEST_DATABASE_URL is required on CI');
  return serverUrl ? [pglite, postgresEngine(serverUrl)] : [pglite];
}
