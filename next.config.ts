import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/http/security-headers';

const isDev = process.env.NODE_ENV !== 'production';

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
    return [{ source: '/:path*', headers: securityHeaders(isDev) }];
  },
};

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

export default withNextIntl(nextConfig);
