import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { infoPages } from '@/components/info/info-pages';
import { InfoPageList } from '@/components/info/InfoPageList';
import { PageHeading } from '@/components/ui/PageHeading';
import { PrimaryLink } from '@/components/ui/PrimaryLink';
import { enterLocale, type LocaleParams } from '@/i18n/params';

type PageProps = { params: LocaleParams };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Info.index' });
  return { title: t('metaTitle'), description: t('metaDescription') };
}

export default async function InfoIndexPage({ params }: PageProps) {
  await enterLocale(params);
  const t = await getTranslations('Info');

  return (
    <div className="space-y-6">
      <PageHeading>{t('index.title')}</PageHeading>
      <p className="text-lg">{t('index.intro')}</p>
      <InfoPageList
        pages={infoPages.map((page) => ({
          href: page.href,
          title: t(`${page.key}.title`),
          summary: t(`${page.key}.summary`),
        }))}
      />
      <p className="pt-2 print:hidden">
        <PrimaryLink href="/cek">{t('toLookup')}</PrimaryLink>
      </p>
    </div>
  );
}
