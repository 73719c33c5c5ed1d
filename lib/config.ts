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
  // lookup; 250,000 takes about a second on a low-end phone (lib/gate/proof/work.ts).
  PORTAL_POW_COST: z.coerce.number().int().min(1).max(10_000_000).default(250_000),
  // The cost doubles each time an address bucket's challenges or a village's requests in the last
  // minute pass this count, twice it, four times it … at most PORTAL_POW_MAX_DOUBLINGS times.
  PORTAL_POW_RAISE_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).default(150),
  PORTAL_POW_RAISE_VILLAGE_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  PORTAL_POW_MAX_DOUBLINGS: z.coerce.number().int().min(0).max(10).default(4),
  // Per address bucket (an IPv4 address or an IPv6 /64) and minute; sized for mobile carriers
  // that put thousands of subscribers behind one address, so they only stop a flood.
  PORTAL_RATE_IP_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  PORTAL_RATE_IPV6_48_PER_MINUTE: z.coerce.number().int().min(1).default(6000),
  PORTAL_RATE_CHALLENGE_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  // Residents without JavaScript: requests with a signed form token per address bucket and minute.
  PORTAL_RATE_FORM_TOKEN_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  PORTAL_FORM_TOKEN_DELAY_SECONDS: z.coerce.number().int().min(0).max(60).default(3),
  PORTAL_FORM_TOKEN_MINUTES: z.coerce.number().int().min(1).max(240).default(30),
  // Ticket tracking attempts per ticket code and minute, from anywhere (guessing birth dates).
  PORTAL_RATE_TICKET_CODE_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  // Per app instance (kept in memory so lookups never queue on one shared row).
  // Slip verifications (/verifikasi) per IP and minute: slip codes are unguessable, this
  // keeps anyone from even trying many.
  PORTAL_RATE_VERIFY_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  // Wrong birth dates or NIKs per person looked up (and per village + name) and WIB day;
  // past it, that person's desil and birth date cannot be confirmed online that day.
  PORTAL_CONFIRMATIONS_PER_DAY: z.coerce.number().int().min(1).max(1000).default(5),
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
  // Staff sign-in attempts per 15 minutes: per username from one address (IPv4, IPv6 /64), slowed
  // down from PORTAL_LOGIN_SLOW_DOWN_AFTER on; per username over all addresses (a far higher ceiling against guessing from
  // many addresses); per address over all usernames.
  PORTAL_LOGIN_ATTEMPTS_PER_USER_AND_IP: z.coerce.number().int().min(1).default(10),
  PORTAL_LOGIN_ATTEMPTS_PER_USER_ALL_IPS: z.coerce.number().int().min(1).default(300),
  PORTAL_LOGIN_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(30),
  PORTAL_LOGIN_SLOW_DOWN_AFTER: z.coerce.number().int().min(1).default(3),
  // The old per-username limit locked a user out for everyone: refused, so a deployment notices.
  PORTAL_LOGIN_ATTEMPTS_PER_USER: z
    .undefined({
      error: 'replaced by PORTAL_LOGIN_ATTEMPTS_PER_USER_AND_IP and PORTAL_LOGIN_ATTEMPTS_PER_USER_ALL_IPS',
    })
    .optional(),
  // Client address, body sizes: shared with the front (server.ts).
  ...frontEnvironmentSchema.shape,
});

export type PortalConfig = {
  database: { mode: 'embedded'; dataDir: string } | { mode: 'postgres'; url: string };
  secret: string | undefined;
  seedPersons: number;
  proofOfWorkCost: number;
  proofCostRaise: { perAddressPerMinute: number; perVillagePerMinute: number; maxDoublings: number };
  rateLimits: {
    ipPerMinute: number;
    ipv6Net48PerMinute: number;
    challengesPerMinute: number;
    formTokenPerMinute: number;
    ticketCodePerMinute: number;
  };
  formToken: { delaySeconds: number; lifetimeMinutes: number };
  slipVerificationsPerMinute: number;
  failedConfirmationsPerDay: number;
  front: FrontSettings;
  complaintChannels: ComplaintChannel[];
  attachments: { dir: string; maxBytes: number };
  staffSessions: { idleMinutes: number; maxHours: number };
  loginLimits: {
    perUserAndIp: number;
    perUserAllIps: number;
    perIp: number;
    slowDownAfter: number;
    windowSeconds: number;
  };
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
    proofCostRaise: {
      perAddressPerMinute: env.PORTAL_POW_RAISE_ADDRESS_PER_MINUTE,
      perVillagePerMinute: env.PORTAL_POW_RAISE_VILLAGE_PER_MINUTE,
      maxDoublings: env.PORTAL_POW_MAX_DOUBLINGS,
    },
    rateLimits: {
      ipPerMinute: env.PORTAL_RATE_IP_PER_MINUTE,
      ipv6Net48PerMinute: env.PORTAL_RATE_IPV6_48_PER_MINUTE,
      challengesPerMinute: env.PORTAL_RATE_CHALLENGE_PER_MINUTE,
      formTokenPerMinute: env.PORTAL_RATE_FORM_TOKEN_PER_MINUTE,
      ticketCodePerMinute: env.PORTAL_RATE_TICKET_CODE_PER_MINUTE,
    },
    formToken: {
      delaySeconds: env.PORTAL_FORM_TOKEN_DELAY_SECONDS,
      lifetimeMinutes: env.PORTAL_FORM_TOKEN_MINUTES,
    },
    slipVerificationsPerMinute: env.PORTAL_RATE_VERIFY_PER_MINUTE,
    failedConfirmationsPerDay: env.PORTAL_CONFIRMATIONS_PER_DAY,
    front: frontSettingsFrom(env),
    complaintChannels,
    attachments: {
      // Beside the embedded database by default (`.data/pglite` → `.data/attachments`).
      dir: env.PORTAL_ATTACHMENTS_DIR ?? path.join(path.dirname(env.PORTAL_DATA_DIR), 'attachments'),
      maxBytes: env.PORTAL_ATTACHMENT_MAX_BYTES,
    },
    staffSessions: { idleMinutes: env.PORTAL_SESSION_IDLE_MINUTES, maxHours: env.PORTAL_SESSION_MAX_HOURS },
    loginLimits: {
      perUserAndIp: env.PORTAL_LOGIN_ATTEMPTS_PER_USER_AND_IP,
      perUserAllIps: env.PORTAL_LOGIN_ATTEMPTS_PER_USER_ALL_IPS,
      perIp: env.PORTAL_LOGIN_ATTEMPTS_PER_IP,
      slowDownAfter: env.PORTAL_LOGIN_SLOW_DOWN_AFTER,
      windowSeconds: 15 * 60,
    },
  };
}

let cached: PortalConfig | undefined;

export function config(): PortalConfig {
  cached ??= parseConfig(processEnvironment());
  return cached;
}
