import 'server-only';
import path from 'node:path';
import { z } from 'zod';
import {
  frontEnvironmentSchema,
  frontSettingsFrom,
  processEnvironment,
  type FrontSettings,
} from './environment';

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
  // Proof-of-work cost (ALTCHA): the average number of PBKDF2-SHA-256 iterations per
  // lookup; 250,000 takes about a second on a low-end phone (lib/captcha/work.ts).
  PORTAL_POW_COST: z.coerce.number().int().min(1).max(10_000_000).default(250_000),
  // Lookups per minute. Without JavaScript (no proof of work) the per-IP limit is stricter.
  PORTAL_RATE_IP_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  PORTAL_RATE_IP_NO_PROOF_PER_MINUTE: z.coerce.number().int().min(1).default(4),
  PORTAL_RATE_VILLAGE_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  // Per app instance (kept in memory so lookups never queue on one shared row).
  PORTAL_RATE_GLOBAL_PER_SECOND: z.coerce.number().int().min(1).default(500),
  // Slip verifications (/verifikasi) per IP and minute: slip codes are unguessable, this
  // keeps anyone from even trying many.
  PORTAL_RATE_VERIFY_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  PORTAL_COMPLAINT_CHANNELS: z.string().optional(),
  // Ticket attachments (photos of a KK or a house): stored outside the public folder.
  PORTAL_ATTACHMENTS_DIR: z.string().trim().min(1).optional(),
  // Staff sessions end after this long without a request, and at the latest this long after login.
  PORTAL_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  PORTAL_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  // Staff login attempts per 15 minutes, per username and per client IP.
  PORTAL_LOGIN_ATTEMPTS_PER_USER: z.coerce.number().int().min(1).default(5),
  PORTAL_LOGIN_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(30),
  // Client address, body sizes: shared with the front (server.ts).
  ...frontEnvironmentSchema.shape,
});

export type PortalConfig = {
  database: { mode: 'embedded'; dataDir: string } | { mode: 'postgres'; url: string };
  secret: string | undefined;
  seedPersons: number;
  proofOfWorkCost: number;
  rateLimits: {
    ipPerMinute: number;
    ipNoProofPerMinute: number;
    villagePerMinute: number;
    globalPerSecond: number;
  };
  slipVerificationsPerMinute: number;
  front: FrontSettings;
  complaintChannels: ComplaintChannel[];
  attachments: { dir: string; maxBytes: number };
  staffSessions: { idleMinutes: number; maxHours: number };
  loginLimits: { perUser: number; perIp: number; windowSeconds: number };
};

const complaintChannel = z.object({
  name: z.string().min(1),
  description: z.string().default(''),
  phone: z.string().optional(),
  // Shown as a link to residents: only web addresses, never javascript: or data:.
  url: z
    .string()
    .url()
    .refine((url) => /^https?:\/\//.test(url), 'must start with http:// or https://')
    .optional(),
});
export type ComplaintChannel = z.infer<typeof complaintChannel>;

// Where residents can complain; national channels by default, a Dinsos deployment
// adds its own (JSON array in PORTAL_COMPLAINT_CHANNELS).
const defaultComplaintChannels: ComplaintChannel[] = [
  { name: 'Kantor desa/kelurahan', description: 'Operator desa/kelurahan tempat Anda tinggal' },
  { name: 'Pendamping sosial / TKSK', description: 'Petugas sosial di kecamatan' },
  { name: 'Dinas Sosial kabupaten/kota', description: 'Dinsos tempat Anda tinggal' },
  { name: 'Call center Kemensos', description: 'Kementerian Sosial', phone: '171' },
  { name: 'LAPOR!', description: 'Layanan pengaduan nasional', url: 'https://www.lapor.go.id' },
];

function parseComplaintChannels(json: string | undefined): ComplaintChannel[] | string {
  if (!json) return defaultComplaintChannels;
  try {
    const parsed = z.array(complaintChannel).min(1).safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : 'must be a JSON array of {name, description?, phone?, url?}';
  } catch {
    return 'must be valid JSON';
  }
}

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
  const complaintChannels = parseComplaintChannels(env.PORTAL_COMPLAINT_CHANNELS);
  if (typeof complaintChannels === 'string') {
    throw new ConfigurationError(
      `Invalid configuration:\n  - PORTAL_COMPLAINT_CHANNELS: ${complaintChannels}`,
    );
  }
  return {
    database: env.DATABASE_URL
      ? { mode: 'postgres', url: env.DATABASE_URL }
      : { mode: 'embedded', dataDir: env.PORTAL_DATA_DIR },
    secret: env.PORTAL_SECRET,
    seedPersons: env.PORTAL_SEED_PERSONS,
    proofOfWorkCost: env.PORTAL_POW_COST,
    rateLimits: {
      ipPerMinute: env.PORTAL_RATE_IP_PER_MINUTE,
      ipNoProofPerMinute: env.PORTAL_RATE_IP_NO_PROOF_PER_MINUTE,
      villagePerMinute: env.PORTAL_RATE_VILLAGE_PER_MINUTE,
      globalPerSecond: env.PORTAL_RATE_GLOBAL_PER_SECOND,
    },
    slipVerificationsPerMinute: env.PORTAL_RATE_VERIFY_PER_MINUTE,
    front: frontSettingsFrom(env),
    complaintChannels,
    attachments: {
      // Beside the embedded database by default (`.data/pglite` → `.data/attachments`).
      dir: env.PORTAL_ATTACHMENTS_DIR ?? path.join(path.dirname(env.PORTAL_DATA_DIR), 'attachments'),
      maxBytes: env.PORTAL_ATTACHMENT_MAX_BYTES,
    },
    staffSessions: { idleMinutes: env.PORTAL_SESSION_IDLE_MINUTES, maxHours: env.PORTAL_SESSION_MAX_HOURS },
    loginLimits: {
      perUser: env.PORTAL_LOGIN_ATTEMPTS_PER_USER,
      perIp: env.PORTAL_LOGIN_ATTEMPTS_PER_IP,
      windowSeconds: 15 * 60,
    },
  };
}

let cached: PortalConfig | undefined;

export function config(): PortalConfig {
  cached ??= parseConfig(processEnvironment());
  return cached;
}
