import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const isDev = process.env.NODE_ENV !== 'production';

// Pages are prerendered, so a per-request nonce is impossible without making every page dynamic;
// Next's inline bootstrap scripts (self.__next_f) therefore need 'unsafe-inline'. Everything else is locked
// to our own origin. Dev mode additionally needs eval for React's debugging features.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
  // The proof-of-work widget solves in Web Workers it creates from blob: URLs.
  "worker-src 'self' blob:",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  // Older phone browsers ignore frame-ancestors; this covers them.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The embedded database is WASM loaded from node_modules at run time; bundling it breaks the loader.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/schema-engine-wasm',
    '@prisma/adapter-pg',
    'pg',
    '@prisma/client',
    // Native Argon2 binding (staff passwords).
    '@node-rs/argon2',
  ],
  // Server actions share one body limit. Ticket forms need about 12 MB (two attachments of at most
  // PORTAL_ATTACHMENT_MAX_BYTES); registry files reach the Dinsos upload page (/petugas/impor) as a
  // form post too, so the limit is theirs. In production the reverse proxy should hold public paths
  // to the ticket size; national files go through `npm run import`, which streams.
  experimental: {
    serverActions: { bodySizeLimit: '200mb' },
    proxyClientMaxBodySize: '200mb',
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

export default withNextIntl(nextConfig);
