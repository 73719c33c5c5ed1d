import 'server-only';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { ConfigurationError, type PortalConfig } from '@/lib/config';
import { openEmbeddedDatabase } from './embedded';
import { PrismaClient } from './generated/client';

// The bulk API (README.md): plain SQL, COPY and transactions on the raw connection, on either
// engine, for the registry import and the demo seed only. Everything else uses the Prisma client.
export type SqlSession = {
  query<Row extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>;
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
};

export type Database = {
  mode: PortalConfig['database']['mode'];
  prisma: PrismaClient;
  sql: SqlSession;
  // For the schema engine (migrations); on PostgreSQL each run gets connections of its own.
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
};

function copyStatement(table: string, columns: readonly string[], source: string): string {
  return `COPY ${table} (${columns.join(', ')}) FROM ${source} WITH (FORMAT csv)`;
}

function embeddedSession(client: PGlite | Transaction, inTransaction: boolean): SqlSession {
  return {
    async query<Row extends Record<string, unknown>>(text: string, params: unknown[] = []) {
      return (await client.query<Row>(text, params)).rows;
    },
    async copyCsv(table, columns, csv) {
      await client.query(copyStatement(table, columns, "'/dev/blob'"), [], { blob: new Blob([csv]) });
    },
    async transaction(work) {
      if (inTransaction || !('transaction' in client)) return work(this);
      return client.transaction((tx) => work(embeddedSession(tx, true)));
    },
  };
}

async function openEmbedded(dataDir: string): Promise<Database> {
  const { client, release } = await openEmbeddedDatabase(dataDir);
  const adapterFactory = new PrismaPGlite(client);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    mode: 'embedded',
    prisma,
    adapterFactory,
    sql: embeddedSession(client, false),
    async close() {
      await prisma.$disconnect();
      await client.close();
      release();
    },
  };
}

type PgQueryable = pg.Pool | pg.PoolClient;

function postgresSession(pool: pg.Pool, queryable: PgQueryable, inTransaction: boolean): SqlSession {
  return {
    async query<Row extends Record<string, unknown>>(text: string, params: unknown[] = []) {
      return (await queryable.query<Row>(text, params)).rows;
    },
    async copyCsv(table, columns, csv) {
      const connection = queryable instanceof pg.Pool ? await queryable.connect() : queryable;
      try {
        await pipeline(
          Readable.from([csv]),
          connection.query(copyFrom(copyStatement(table, columns, 'STDIN'))),
        );
      } finally {
        if (connection !== queryable) connection.release();
      }
    },
    async transaction(work) {
      if (inTransaction) return work(this);
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await work(postgresSession(pool, connection, true));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK');
        throw error;
      } finally {
        connection.release();
      }
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigurationError(`Cannot reach the PostgreSQL database in DATABASE_URL: ${reason}`);
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    mode: 'postgres',
    prisma,
    // A pool per schema engine run, ended with it (lib/db/schema-engine.ts says why).
    adapterFactory: new PrismaPg({ connectionString: url }),
    sql: postgresSession(pool, pool, false),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

export function openDatabase(database: PortalConfig['database']): Promise<Database> {
  return database.mode === 'postgres' ? openPostgres(database.url) : openEmbedded(database.dataDir);
}
