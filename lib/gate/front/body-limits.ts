// How many body bytes a request may bring, by path, so a stranger cannot make the server read a
// big body. Bigger bodies are refused with 413 before they are read.
export type BodyLimits = { attachmentMaxBytes: number; importMaxBytes: number };

const kilobytes = 1024;
// Lookup, tracking and verification forms: a village code, a name, a date, a proof.
export const publicFormBytes = 16 * kilobytes;
// Sign-in, staff searches, ticket moves, user admin: small forms too, some with long notes.
export const defaultBodyBytes = 64 * kilobytes;
// Multipart framing and the text fields beside the two attachments.
const ticketMarginBytes = 256 * kilobytes;

export const importUploadPath = '/api/impor';

export function ticketBodyBytes(limits: BodyLimits): number {
  return 2 * limits.attachmentMaxBytes + ticketMarginBytes;
}

// The path without the locale prefix (`/en/cek` → `/cek`); raw, as the client sent it.
export function pathWithoutLocale(pathname: string): string {
  const stripped = pathname.replace(/^\/en(?=\/|$)/, '');
  return stripped === '' ? '/' : stripped;
}

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

export function bodyLimitFor(pathname: string, limits: BodyLimits): number {
  const path = pathWithoutLocale(pathname).replace(/\/+$/, '') || '/';
  if (path === importUploadPath) return limits.importMaxBytes;
  if (under(path, '/ajukan') || path === '/petugas/tiket/baru') return ticketBodyBytes(limits);
  if (['/cek', '/lacak', '/verifikasi'].some((prefix) => under(path, prefix))) return publicFormBytes;
  return defaultBodyBytes;
}

// The pages whose server actions the public uses: lookup, filing, tracking, slip checks.
export function isPublicActionPath(path: string): boolean {
  const trimmed = path.replace(/\/+$/, '') || '/';
  return ['/cek', '/ajukan', '/lacak', '/verifikasi'].some((prefix) => under(trimmed, prefix));
}

// Paths served by route handlers, which read (and stream) their own bodies.
export function isRouteHandlerPath(pathname: string): boolean {
  const path = pathWithoutLocale(pathname);
  return path.startsWith('/api/') || path === importUploadPath;
}
