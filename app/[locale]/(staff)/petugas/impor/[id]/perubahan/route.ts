import { requireStaff } from '@/lib/auth';
import { changesDownload, importRoles } from '@/lib/registry-import';
import { csvDownload } from '../../csv-download';

export const dynamic = 'force-dynamic';

export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff({ roles: importRoles });
  const { id } = await params;
  const lines = /^\d{1,9}$/.test(id) ? await changesDownload(staff, Number(id)) : null;
  return csvDownload(lines, `impor-${id}-perubahan.csv`);
}
