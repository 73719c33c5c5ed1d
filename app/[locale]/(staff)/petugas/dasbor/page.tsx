import { getTranslations } from 'next-intl/server';
import { AuditFilterForm } from '@/components/review/AuditFilterForm';
import { BarList } from '@/components/review/BarList';
import { DailyChart } from '@/components/review/DailyChart';
import { FigureTable } from '@/components/review/FigureTable';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeading } from '@/components/ui/PageHeading';
import { getPathname } from '@/i18n/navigation';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { isProgrammeCode } from '@/lib/registry';
import { staffVillages, villageNames } from '@/lib/staff';
import { requireStaff } from '@/lib/staff/next';
import { dashboardFor, percentOf } from '@/lib/review';

type PageProps = {
  params: LocaleParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = unlistedMetadata((t) => t('Review.dashboardMetaTitle'));

export default async function DashboardPage({ params, searchParams }: PageProps) {
  const locale = await enterLocale(params);
  const session = await requireStaff('dashboard');
  const t = await getTranslations('Review');
  const programmeText = await getTranslations('Programmes');
  const [{ filters, dashboard, daily: series, refusals }, choices] = await Promise.all([
    dashboardFor(session, await searchParams),
    staffVillages(session),
  ]);
  const names = await villageNames(dashboard.villages.map((village) => village.villageCode));
  const { days: daily, totals } = series;
  const programmeName = (code: string) => (isProgrammeCode(code) ? programmeText(`${code}.name`) : code);
  const maxProgramme = Math.max(0, ...dashboard.programmes.map((programme) => programme.count));

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <PageHeading>{t('dashboardTitle')}</PageHeading>
          <AppLink href="/petugas/audit">{t('toAudit')}</AppLink>
        </div>
        <p>{t('dashboardIntro')}</p>
        <AuditFilterForm
          action={getPathname({ href: '/petugas/dasbor', locale })}
          filters={filters}
          choices={choices}
          full={false}
        />
      </div>

      <section aria-labelledby="per-hari" className="space-y-2">
        <h2 id="per-hari" className="text-xl font-bold">
          {t('perDayHeading')}
        </h2>
        <DailyChart
          days={daily}
          description={t('perDayChart', {
            from: filters.from ?? '',
            to: filters.to ?? '',
            public: totals.public,
            operator: totals.operator,
          })}
          legend={{ public: t('publicColumn'), operator: t('operatorCountColumn') }}
        />
        <FigureTable
          label={t('perDayHeading')}
          summary={t('showTable')}
          headers={[t('dayColumn'), t('publicColumn'), t('operatorCountColumn')]}
          rows={daily
            .filter((day) => day.publicCount + day.operatorCount > 0)
            .map((day) => [day.day, day.publicCount, day.operatorCount])}
          empty={t('noData')}
        />
      </section>

      <section aria-labelledby="desa" className="space-y-2">
        <h2 id="desa" className="text-xl font-bold">
          {t('villagesHeading')}
        </h2>
        <p>{t('villagesIntro')}</p>
        {dashboard.villages.length > 0 ? (
          <BarList
            description={t('villagesChart')}
            max={100}
            items={dashboard.villages.map((village) => ({
              label: names.get(village.villageCode) ?? village.villageCode,
              value: percentOf(village.notFound, village.total),
              display: `${percentOf(village.notFound, village.total)}%`,
            }))}
          />
        ) : null}
        <FigureTable
          label={t('villagesHeading')}
          headers={[
            t('villageColumn'),
            t('lookupsColumn'),
            t('foundColumn'),
            t('notFoundColumn'),
            t('rateColumn'),
          ]}
          rows={dashboard.villages.map((village) => [
            names.get(village.villageCode) ?? village.villageCode,
            village.total,
            village.found,
            village.notFound,
            `${percentOf(village.notFound, village.total)}%`,
          ])}
          empty={t('noData')}
        />
      </section>

      <section aria-labelledby="program" className="space-y-2">
        <h2 id="program" className="text-xl font-bold">
          {t('programmesHeading')}
        </h2>
        <p>{t('programmesIntro')}</p>
        {dashboard.programmes.length > 0 ? (
          <BarList
            description={t('programmesChart')}
            max={maxProgramme}
            items={dashboard.programmes.map((programme) => ({
              label: programmeName(programme.code),
              value: programme.count,
              display: String(programme.count),
            }))}
          />
        ) : null}
        <FigureTable
          label={t('programmesHeading')}
          headers={[t('programmeColumn'), t('countColumn')]}
          rows={dashboard.programmes.map((programme) => [programmeName(programme.code), programme.count])}
          empty={t('noData')}
        />
      </section>

      <section aria-labelledby="operator" className="space-y-2">
        <h2 id="operator" className="text-xl font-bold">
          {t('operatorsHeading')}
        </h2>
        <FigureTable
          label={t('operatorsHeading')}
          headers={[
            t('operatorColumn'),
            t('lookupsColumn'),
            t('foundColumn'),
            t('slipsColumn'),
            t('lastColumn'),
          ]}
          rows={dashboard.operators.map((operator) => [
            `${operator.displayName} (${operator.username})`,
            operator.lookups,
            operator.found,
            operator.slips,
            operator.lastAt,
          ])}
          empty={t('noData')}
        />
      </section>

      <section aria-labelledby="ditolak" className="space-y-2">
        <h2 id="ditolak" className="text-xl font-bold">
          {t('refusalsHeading')}
        </h2>
        <p>{t('refusalsIntro')}</p>
        <FigureTable
          label={t('refusalsHeading')}
          headers={[
            t('dayColumn'),
            t('refusalKindColumn'),
            t('refusalInScopeColumn'),
            t('refusalWithoutVillageColumn'),
          ]}
          rows={refusals.map((row) => [
            row.day,
            t(`refusalKinds.${row.kind}`),
            row.inScope,
            row.withoutVillage,
          ])}
          empty={t('noData')}
        />
      </section>
    </div>
  );
}
