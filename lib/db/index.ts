import 'server-only';
import { config } from '@/lib/config';
import { openDatabase, type Database } from './connection';

export type { Database, SqlSession } from './connection';
export { openDatabase } from './connection';
export { Prisma } from './generated/client';

// One connection per process: kept on globalThis because Next.js may load this
// module in more than one bundle (instrumentation and routes), and PGlite must be
// opened once.
const holder = globalThis as typeof globalThis & { portalDatabase?: Promise<Database> };

export function db(): Promise<Database> {
  holder.portalDatabase ??= openDatabase(config().database);
  return holder.portalDatabase;
}
