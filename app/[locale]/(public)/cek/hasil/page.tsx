import { getLocale, getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { CheckHistory } from '@/components/lookup/CheckHistory';
import { ComplaintChannels } from '@/components/lookup/ComplaintChannels';
import { KeyFacts } from '@/components/lookup/KeyFacts';
import { LockedAnswer } from '@/components/lookup/LockedAnswer';
import { NotFoundAnswer } from '@/components/lookup/NotFoundAnswer';
import { ResidentCard } from '@/components/lookup/ResidentCard';
import { ResultHeader } from '@/components/lookup/ResultHeader';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeading } from '@/components/ui/PageHeading';
import { redirect } from '@/i18n/navigation';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { config } from '@/lib/config';
import { resultCookie } from '@/lib/lookup';
import { describeVillage } from '@/lib/regions';
import { RetryWithBirthDate } from '../_components/RetryWithBirthDate';

type ResultPageProps = { params: LocaleParams };

export const generateMetadata = unlistedMetadata((t) => t('Result.metaTitle'));

// The result of the last lookup, read from the sealed cookie the action set. Printing
// this page gives the result slip (the layout hides navigation when printing).
export default async function ResultPage({ params }: ResultPageProps) {
  const locale = await enterLocale(params);
  const stored = resultCookie.read(await cookies());
  const place = stored ? await describeVillage(stored.villageCode) : null;
  if (!stored || !place) return redirect({ href: '/cek', locale: await getLocale() });
  const t = await getTranslations('Result');
  const tickets = await getTranslations('Tickets');
  const { outcome } = stored;
  const village = {
    village: place.village.name,
    district: place.district.name,
    regency: place.regency.name,
    province: place.province.name,
  };
  const summary =
    outcome.kind === 'found'
      ? outcome.residents.map((r) => `${r.maskedName}: ${t(`states.${r.status.state}.title`)}`).join('; ')
      : t(outcome.kind === 'locked' ? 'locked.title' : 'notFound.title');

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <p className="hidden text-lg font-bold print:block">{t('slipTitle')}</p>
        <PageHeading>{t('title')}</PageHeading>
        <ResultHeader
          checkedAt={outcome.checkedAt}
          reference={outcome.reference}
          village={village}
          snapshots={outcome.snapshots}
        />
      </div>

      {outcome.kind === 'found' ? (
        <section aria-label={t('foundCount', { count: outcome.residents.length })} className="space-y-6">
          <p className="text-lg font-semibold" data-outcome="found">
            {t('foundCount', { count: outcome.residents.length })}
          </p>
          {outcome.residents.map((resident, index) => (
            <ResidentCard
              key={index}
              resident={resident}
              snapshots={outcome.snapshots}
              headingId={`warga-${index}`}
            />
          ))}
          <p className="print:hidden">
            <AppLink href="/ajukan">{tickets('fileLinkFound')}</AppLink>
          </p>
        </section>
      ) : outcome.kind === 'locked' ? (
        <LockedAnswer />
      ) : (
        <NotFoundAnswer
          searchedAs={outcome.searchedAs}
          birthDateGiven={outcome.birthDateGiven}
          retryForm={<RetryWithBirthDate villageCode={stored.villageCode} typedName={stored.typedName} />}
        />
      )}

      <KeyFacts />
      <p className="print:hidden">{t('printHint')}</p>

      <section aria-labelledby="history" className="space-y-2 print:hidden">
        <h2 id="history" className="text-xl font-bold">
          {t('history.heading')}
        </h2>
        <CheckHistory
          locale={locale}
          note={{
            reference: outcome.reference,
            checkedAt: outcome.checkedAt,
            place: `${village.village}, ${village.district}`,
            summary,
          }}
          text={{
            save: t('history.save'),
            saved: t('history.saved'),
            explain: t('history.explain'),
            empty: t('history.empty'),
            clear: t('history.clear'),
            needsJs: t('history.needsJs'),
          }}
        />
      </section>

      <div className="print:hidden">
        <ComplaintChannels channels={config().complaintChannels} />
      </div>
      <p className="print:hidden">
        <AppLink href="/cek">{t('newSearch')}</AppLink>
      </p>
    </div>
  );
}
