import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/gate/security-headers';

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
  // Server actions share one body limit: the biggest is a ticket with two attachments of at most
  // PORTAL_ATTACHMENT_MAX_BYTES (5 MB). The front (server.ts) holds every path to its own, smaller
  // limit before Next reads a byte; registry files stream to /api/impor, outside both limits.
  experimental: {
    serverActions: { bodySizeLimit: '11mb' },
    proxyClientMaxBodySize: '11mb',
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders(isDev) }];
  },
};

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

export default withNextIntl(nextConfig);
