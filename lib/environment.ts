import { z } from 'zod';

// The settings that the front (server.ts) needs as well as the app. No 'server-only' here: the
// front runs outside Next's server bundle. lib/config.ts validates these with the rest.
export const frontEnvironmentSchema = z.object({
  // How many proxies of ours stand in front of the portal, each appending the address it saw to
  // X-Forwarded-For (nginx: $proxy_add_x_forwarded_for). 0: clients connect directly.
  PORTAL_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).optional(),
  // Older name for one trusted proxy; PORTAL_TRUSTED_PROXY_HOPS wins when both are set.
  PORTAL_TRUST_PROXY: z.enum(['true', 'false']).optional(),
  // Per file; a ticket carries at most two, so ticket forms accept twice this plus a margin.
  PORTAL_ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(5 * 1024 * 1024)
    .default(5 * 1024 * 1024),
  // The Dinsos registry upload (/petugas/impor), streamed to disk; national files go through
  // `npm run import`.
  PORTAL_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024 * 1024)
    .default(512 * 1024 * 1024),
  // Load shedding (lib/gate/front/shedding.ts): public action posts (lookup, filing, tracking,
  // slip checks) served at once per instance, how many more may wait, and for how long. The rest
  // are refused at once with 429 and Retry-After. Sized for a two-core instance, where a lookup
  // costs about 9 ms of the server's time: 8 at once and 32 waiting keep an admitted lookup
  // under half a second.
  PORTAL_PUBLIC_ACTION_CONCURRENCY: z.coerce.number().int().min(0).default(8),
  PORTAL_PUBLIC_ACTION_QUEUE: z.coerce.number().int().min(0).default(32),
  PORTAL_PUBLIC_ACTION_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
});

export type FrontSettings = {
  trustedProxyHops: number;
  attachmentMaxBytes: number;
  importMaxBytes: number;
  shedding: { limit: number; queue: number; maxWaitMs: number };
};

export function frontSettingsFrom(env: z.infer<typeof frontEnvironmentSchema>): FrontSettings {
  return {
    trustedProxyHops: env.PORTAL_TRUSTED_PROXY_HOPS ?? (env.PORTAL_TRUST_PROXY === 'true' ? 1 : 0),
    attachmentMaxBytes: env.PORTAL_ATTACHMENT_MAX_BYTES,
    importMaxBytes: env.PORTAL_IMPORT_MAX_BYTES,
    shedding: {
      limit: env.PORTAL_PUBLIC_ACTION_CONCURRENCY,
      queue: env.PORTAL_PUBLIC_ACTION_QUEUE,
      maxWaitMs: env.PORTAL_PUBLIC_ACTION_WAIT_MS,
    },
  };
}

export function parseFrontSettings(environment: Record<string, string | undefined>): FrontSettings {
  const parsed = frontEnvironmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return frontSettingsFrom(parsed.data);
}

// The one place that reads the process environment (lib/config.ts and server.ts go through it).
export function processEnvironment(): Record<string, string | undefined> {
  return process.env;
}
