import { requireStaff } from '@/lib/staff/next';
import { auditCsvStream } from '@/lib/review';
import { wibDay } from '@/lib/formats';

// The filtered lookup audit as a CSV download, streamed batch by batch. Same filters as the
// page (query string); the session and role are checked like every staff page, and the
// export is written to the staff action log.
export async function GET(request: Request) {
  const session = await requireStaff('reviewAudit');
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const day = wibDay();
  return new Response(await auditCsvStream(session, params), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-pencarian-${day}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
