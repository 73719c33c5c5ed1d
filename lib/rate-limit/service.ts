import 'server-only';
import { config } from '@/lib/config';
import { db } from '@/lib/db';
import { portalSecret } from '@/lib/personal-data/secret';
import { clientIp } from './client-ip';
import { createLookupLimiter, type Admission, type LookupLimiter } from './limiter';

// One limiter per process, beside the one database connection (see lib/db).
const holder = globalThis as typeof globalThis & { portalLookupLimiter?: Promise<LookupLimiter> };

function lookupLimiter(): Promise<LookupLimiter> {
  holder.portalLookupLimiter ??= db().then((database) =>
    createLookupLimiter(database, config().rateLimits, portalSecret()),
  );
  return holder.portalLookupLimiter;
}

export type LookupAttempt = { headers: Headers; villageCode: string; withProof: boolean };

// The public lookup's limits with this deployment's settings, counted for the request's client.
export async function admitLookup({ headers, villageCode, withProof }: LookupAttempt): Promise<Admission> {
  return (await lookupLimiter()).admit({ ip: admitLookupClientIp(headers), villageCode, withProof });
}

// The address the limits count, with this deployment's proxy setting.
export function admitLookupClientIp(headers: Headers): string {
  return clientIp(headers);
}
