// The headers every answer carries: Next adds them to its own answers (next.config.ts), the
// front (server.ts) to the refusals it sends itself.

// Pages are prerendered, so a per-request nonce is impossible without making every page dynamic;
// Next's inline bootstrap scripts (self.__next_f) therefore need 'unsafe-inline'. Everything else is locked
// to our own origin. Dev mode additionally needs eval for React's debugging features.
function contentSecurityPolicy(isDev: boolean): string {
  return [
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
}

export function securityHeaders(isDev: boolean): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(isDev) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'same-origin' },
    // Older phone browsers ignore frame-ancestors; this covers them.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

// Only over HTTPS: on plain http it would mean nothing, and the demo runs on http://localhost.
export const strictTransportSecurity = { key: 'Strict-Transport-Security', value: 'max-age=31536000' };
