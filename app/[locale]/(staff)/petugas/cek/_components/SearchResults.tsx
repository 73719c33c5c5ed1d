import { getLocale, getTranslations } from 'next-intl/server';
import { AppLink } from '@/components/ui/AppLink';
import { DataTable } from '@/components/ui/DataTable';
import { formatCalendarDay } from '@/lib/formats';
import type { AssistedSearchOutcome, ResidentSummary } from '@/lib/lookup';

type SearchResultsProps = { outcome: AssistedSearchOutcome; residents: ResidentSummary[] };

// Every candidate with its match decision and score, unmasked: the operator compares them
// with the resident's KTP in front of them.
export async function SearchResults({ outcome, residents }: SearchResultsProps) {
  const t = await getTranslations('Assisted');
  const result = await getTranslations('Result');
  const locale = await getLocale();
  const matchOf = new Map(outcome.matches.map((match) => [match.personId, match]));
  return (
    <section id="hasil" aria-labelledby="hasil-judul" className="space-y-3" tabIndex={-1}>
      <h2 id="hasil-judul" className="text-2xl font-bold">
        {t('resultsHeading')}
      </h2>
      <p className="text-muted">
        {t('reference', { code: outcome.reference })}
        {outcome.by === 'nik' ? ` ${t('searchedByNik')}` : ''}
      </p>
      {residents.length === 0 ? (
        <p className="text-lg font-semibold" data-outcome="not-found">
          {t('noResults')}
        </p>
      ) : (
        <>
          <p className="font-semibold" data-outcome="found">
            {t('resultCount', { count: residents.length })}
          </p>
          <DataTable
            caption={t('resultsHeading')}
            captionHidden
            dense
            rowHeaders
            columns={[
              { key: 'name', label: t('nameColumn') },
              { key: 'birth', label: t('birthColumn'), cellClassName: 'whitespace-nowrap' },
              { key: 'nik', label: t('nikColumn'), cellClassName: 'font-mono' },
              { key: 'rtRw', label: t('rtRwColumn') },
              { key: 'state', label: t('stateColumn') },
              { key: 'match', label: t('matchColumn'), cellClassName: 'whitespace-nowrap' },
            ]}
            rows={residents.map((resident) => {
              const match = matchOf.get(resident.id);
              return {
                key: resident.id,
                cells: [
                  <AppLink
                    key="name"
                    href={`/petugas/warga/${resident.id}?ref=${outcome.reference}`}
                    aria-label={t('open', { name: resident.fullName })}
                    className="font-bold"
                  >
                    {resident.fullName}
                  </AppLink>,
                  `${formatCalendarDay(resident.birthDate, locale, 'medium')} (${t('age', { age: resident.age })})`,
                  resident.nikMasked,
                  `${resident.rt}/${resident.rw}`,
                  result(`states.${resident.state}.title`),
                  match
                    ? t('score', {
                        decision: t(`decision.${match.decision}`),
                        score: match.score.toFixed(2),
                      })
                    : '',
                ],
              };
            })}
          />
        </>
      )}
    </section>
  );
}
