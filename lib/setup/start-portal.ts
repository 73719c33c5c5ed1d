import 'server-only';
import { ConfigurationError } from '@/lib/config';
import { db } from '@/lib/db';
import { prepareDatabase } from './prepare-database';

// Runs once when the Next.js server starts. A configuration or database problem
// stops the server with a plain message and a non-zero exit, before any request.
export async function startPortal(): Promise<void> {
  try {
    const database = await db();
    await prepareDatabase(database);
    const shutDown = () => {
      void database.close().finally(() => process.exit(0));
    };
    process.once('SIGTERM', shutDown);
    process.once('SIGINT', shutDown);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(error instanceof ConfigurationError ? message : `The portal could not start: ${message}`);
    process.exit(1);
  }
}
