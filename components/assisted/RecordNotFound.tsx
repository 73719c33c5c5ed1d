import { getTranslations } from 'next-intl/server';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeading } from '@/components/ui/PageHeading';

// A missing record and one outside the caller's scope get this same answer. Rendered in the
// page rather than through notFound(), which Next 16 does not server-render on demand.
export async function RecordNotFound() {
  const t = await getTranslations('Assisted');
  return (
    <div className="space-y-4" data-outcome="not-found">
      <PageHeading>{t('notFoundTitle')}</PageHeading>
      <p className="text-lg">{t('notFoundBody')}</p>
      <p>
        <AppLink href="/petugas/cek">{t('backToSearch')}</AppLink>
      </p>
    </div>
  );
}
