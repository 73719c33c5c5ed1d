import 'server-only';
import { z } from 'zod';

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value), {
    message: 'must look like postgresql://user:password@host:5432/database',
  });

const environmentSchema = z.object({
  DATABASE_URL: z.preprocess((value) => (value === '' ? undefined : value), postgresUrl.optional()),
  PORTAL_DATA_DIR: z.string().trim().min(1).default('.data/pglite'),
  // Keys the hashes of NIK, No. KK and typed names. Required on PostgreSQL; the
  // embedded demo creates one in its data folder on first start.
  PORTAL_SECRET: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().min(32, 'must be at least 32 characters').optional(),
  ),
  PORTAL_SEED_PERSONS: z.coerce.number().int().min(0).max(5_000_000).default(30_000),
});

export type PortalConfig = {
  database: { mode: 'embedded'; dataDir: string } | { mode: 'postgres'; url: string };
  secret: string | undefined;
  seedPersons: number;
};

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export function parseConfig(environment: Record<string, string | undefined>): PortalConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigurationError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const env = parsed.data;
  if (env.DATABASE_URL && !env.PORTAL_SECRET) {
    throw new ConfigurationError(
      'Invalid configuration:\n  - PORTAL_SECRET: required when DATABASE_URL is set (at least 32 random characters)',
    );
  }
  return {
    database: env.DATABASE_URL
      ? { mode: 'postgres', url: env.DATABASE_URL }
      : { mode: 'embedded', dataDir: env.PORTAL_DATA_DIR },
    secret: env.PORTAL_SECRET,
    seedPersons: env.PORTAL_SEED_PERSONS,
  };
}

let cached: PortalConfig | undefined;

export function config(): PortalConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
