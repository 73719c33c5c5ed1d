import 'server-only';
import { config } from '@/lib/config';
import { db } from '@/lib/db';
import { portalSecret } from '@/lib/registry';
import { clientIp, createLoginLimiter } from '@/lib/gate';
import { createStaffAuth, type StaffAuth } from './login';

// One per process, beside the one database connection (see lib/db).
const holder = globalThis as typeof globalThis & { portalStaffAuth?: Promise<StaffAuth> };

export function staffAuth(): Promise<StaffAuth> {
  holder.portalStaffAuth ??= db().then((database) =>
    createStaffAuth({
      database,
      limiter: createLoginLimiter(database.prisma, config().loginLimits, portalSecret()),
      sessionLimits: config().staffSessions,
      secret: portalSecret(),
    }),
  );
  return holder.portalStaffAuth;
}

export function loginClientIp(headers: Headers): string {
  return clientIp(headers);
}
