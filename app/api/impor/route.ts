import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { getPathname } from '@/i18n/navigation';
import { mayDo } from '@/lib/staff';
import { currentStaff } from '@/lib/staff/next';
import { config } from '@/lib/config';
import { importUploadStream, uploadVerdictPath } from '@/lib/import';

const locale = z.enum(routing.locales).catch(routing.defaultLocale);

// A relative Location: the browser stays on the host it used (request.url carries the server's own).
const seeOther = (href: string, to: z.infer<typeof locale>) =>
  new Response(null, { status: 303, headers: { Location: getPathname({ href, locale: to }) } });

// The Dinsos registry upload (/petugas/impor posts here, with or without JavaScript). A route
// handler outside the locale middleware, so the file streams to disk instead of being buffered;
// the front (server.ts) holds it to PORTAL_IMPORT_MAX_BYTES.
export async function POST(request: Request) {
  const to = locale.parse(new URL(request.url).searchParams.get('bahasa'));
  const staff = await currentStaff();
  if (!staff) return seeOther('/petugas/masuk', to);
  if (!mayDo(staff.role, 'import'))
    return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const outcome = await importUploadStream(
    staff,
    { body: request.body, contentType: request.headers.get('content-type') },
    config().front.importMaxBytes,
  );
  return seeOther(uploadVerdictPath(outcome), to);
}
