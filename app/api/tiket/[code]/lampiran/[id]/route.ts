import { currentStaff } from '@/lib/staff/next';
import { ticketCode, ticketsForStaff } from '@/lib/tickets';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

// An attachment for signed-in staff whose regions hold its ticket; anyone else gets the
// same 404 as for a file that does not exist. Always a download, never shown inline, so a
// crafted file cannot run as a page of this site.
export async function GET(_: Request, { params }: { params: Promise<{ code: string; id: string }> }) {
  const staff = await currentStaff();
  const { code, id } = await params;
  const attachmentId = Number(id);
  if (!staff || !ticketCode.safeParse(code).success || !Number.isSafeInteger(attachmentId)) return notFound();
  const file = await ticketsForStaff.attachment(staff, code, attachmentId);
  if (!file) return notFound();
  const asciiName = file.originalName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return new Response(Buffer.from(file.bytes), {
    headers: {
      'Content-Type': file.mediaType,
      'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
