import { getTranslations } from 'next-intl/server';
import { AuditFilterForm } from '@/components/review/AuditFilterForm';
import { AuditTable } from '@/components/review/AuditTable';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeading } from '@/components/ui/PageHeading';
import { getPathname } from '@/i18n/navigation';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { staffVillages, villageNames } from '@/lib/staff';
import { requireStaff } from '@/lib/staff/next';
import { auditFilterQuery, auditPageFor } from '@/lib/review';

type PageProps = {
  params: LocaleParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = unlistedMetadata((t) => t('Review.auditMetaTitle'));

export default async function AuditPage({ params, searchParams }: PageProps) {
  const locale = await enterLocale(params);
  const session = await requireStaff('reviewAudit');
  const t = await getTranslations('Review');
  const [{ filters, page, operators }, choices] = await Promise.all([
    auditPageFor(session, await searchParams),
    staffVillages(session),
  ]);
  const names = await villageNames(page.rows.map((row) => row.villageCode));
  const path = getPathname({ href: '/petugas/audit', locale });
  const pageHref = (number: number) => {
    const query = auditFilterQuery(filters, number);
    return query ? `/petugas/audit?${query}` : '/petugas/audit';
  };
  const csvQuery = auditFilterQuery(filters);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <PageHeading>{t('auditTitle')}</PageHeading>
        <AppLink href="/petugas/dasbor">{t('toDashboard')}</AppLink>
      </div>
      <p>{t('auditIntro')}</p>
      <AuditFilterForm action={path} filters={filters} choices={choices} operators={operators} full />
      <p className="flex flex-wrap items-center gap-4">
        <strong data-total={page.total}>{t('total', { count: page.total })}</strong>
        <AppLink href="/petugas/audit">{t('reset')}</AppLink>
        <a href={`${path}/csv${csvQuery ? `?${csvQuery}` : ''}`} download className="font-bold">
          {t('csv')}
        </a>
      </p>
      <AuditTable rows={page.rows} names={names} />
      {page.pageCount > 1 ? (
        <nav aria-label={t('pagination')} className="flex flex-wrap items-center gap-4">
          {page.page > 1 ? <AppLink href={pageHref(page.page - 1)}>{t('previous')}</AppLink> : null}
          <span>{t('pageOf', { page: page.page, pages: page.pageCount })}</span>
          {page.page < page.pageCount ? <AppLink href={pageHref(page.page + 1)}>{t('next')}</AppLink> : null}
        </nav>
      ) : null}
    </div>
  );
}
