'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { requireStaff } from '@/lib/auth';
import { importRoles, importUploadedFile, uploadInput } from '@/lib/registry-import';

const formPath = (query: Record<string, string>) => `/petugas/impor?${new URLSearchParams(query).toString()}`;

// Validates the form, loads the file under the caller's region and goes to the report, or back
// to the form with the verdict in the address (codes and column names only, no personal data).
export async function importRegistryUpload(form: FormData): Promise<void> {
  const locale = await getLocale();
  const staff = await requireStaff({ roles: importRoles });
  const input = uploadInput.safeParse({
    source: form.get('source') ?? '',
    period: form.get('period') ?? '',
    label: form.get('label') ?? '',
  });
  const file = form.get('file');
  const fields = input.success ? [] : input.error.issues.map((issue) => issue.message);
  if (!(file instanceof File) || file.size === 0) fields.push('file');
  if (!input.success || !(file instanceof File) || fields.length > 0) {
    return redirect({ href: formPath({ isian: fields.join(',') }), locale });
  }
  const outcome = await importUploadedFile(staff, input.data, file);
  if (outcome.kind === 'bad-file') {
    return redirect({ href: formPath({ masalah: outcome.code, kolom: outcome.columns.join(',') }), locale });
  }
  if (outcome.kind === 'unchanged') {
    return redirect({ href: formPath({ sama: String(outcome.snapshotId) }), locale });
  }
  return redirect({ href: `/petugas/impor/${outcome.snapshotId}`, locale });
}
