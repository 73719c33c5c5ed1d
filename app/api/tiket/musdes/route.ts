import { mayDo } from '@/lib/staff';
import { currentStaff } from '@/lib/staff/next';
import { musdesCsv, musdesVillageInput, ticketsForStaff } from '@/lib/tickets';

// The village's usulan waiting for Musdes as CSV, for operators (and admins) of that village.
export async function GET(request: Request) {
  const staff = await currentStaff();
  const village = musdesVillageInput.safeParse(new URL(request.url).searchParams.get('desa'));
  const agenda =
    staff && mayDo(staff.role, 'musdes') && village.success
      ? await ticketsForStaff.musdesExport(staff, village.data)
      : null;
  if (!staff || !village.success || !agenda)
    return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return new Response(`\ufeff${musdesCsv(agenda)}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="usulan-musdes-${village.data}.csv"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
