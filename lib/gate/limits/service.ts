import 'server-only';
import { config } from '@/lib/config';
import { db } from '@/lib/db';
import { portalSecret } from '@/lib/registry';
import { createPublicLimiter, type PublicLimiter } from './limiter';

// One limiter per process, beside the one database connection (see lib/db).
const holder = globalThis as typeof globalThis & { portalPublicLimiter?: Promise<PublicLimiter> };

// The public gate's windows with this deployment's settings.
export function publicLimiter(): Promise<PublicLimiter> {
  const { rateLimits, slipVerificationsPerMinute } = config();
  holder.portalPublicLimiter ??= db().then((database) =>
    createPublicLimiter(database.prisma, { ...rateLimits, slipVerificationsPerMinute }, portalSecret()),
  );
  return holder.portalPublicLimiter;
}
