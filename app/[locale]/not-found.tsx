import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/ui/PageHeading';
import { AppLink } from '@/components/ui/AppLink';

export default async function NotFound() {
  const t = await getTranslations('Errors');
  return (
    <div className="space-y-4">
      <title>{t('notFoundMetaTitle')}</title>
      <PageHeading>{t('notFoundTitle')}</PageHeading>
      <p className="text-lg">{t('notFoundBody')}</p>
      <p className="text-lg">
        <AppLink href="/">{t('backHome')}</AppLink>
      </p>
    </div>
  );
}
