import { requireStaff } from '@/lib/staff/next';
import { rejectedRowsDownload } from '@/lib/import';
import { csvDownload } from '../../csv-download';
import { parseRecordId } from '@/lib/forms';

export const dynamic = 'force-dynamic';

export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff('import');
  const { id } = await params;
  const snapshotId = parseRecordId(id);
  const lines = snapshotId === null ? null : await rejectedRowsDownload(staff, snapshotId);
  return csvDownload(lines, `impor-${id}-ditolak.csv`);
}
