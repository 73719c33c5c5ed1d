import 'server-only';
import { config } from '@/lib/config';
import { openDatabase, type Database } from './connection';
import type { Prisma, PrismaClient } from './generated/client';

export type { Database, SqlSession } from './connection';
export { openDatabase } from './connection';
export { Prisma } from './generated/client';

// What a data function takes: the client itself or an interactive transaction, so callers choose
// whether it commits alone or with other writes.
export type DbClient = PrismaClient | Prisma.TransactionClient;

// One connection per process: kept on globalThis because Next.js may load this
// module in more than one bundle (instrumentation and routes), and PGlite must be
// opened once.
const holder = globalThis as typeof globalThis & { portalDatabase?: Promise<Database> };

export function db(): Promise<Database> {
  holder.portalDatabase ??= openDatabase(config().database);
  return holder.portalDatabase;
}
export type { PrismaClient, StaffUser, Ticket } from './generated/client';
export * from './generated/enums';
export { BulkWriter } from './bulk/bulk-writer';
export type { BulkTable } from './bulk/tables';
export { postgresTextArray } from './bulk/postgres-array';
export { bulkTables } from './bulk/tables';
export { applyMigrations, diffMigrationsToSchema, writeMigration } from './migrations';
