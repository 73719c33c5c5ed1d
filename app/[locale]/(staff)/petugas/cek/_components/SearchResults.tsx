import { ScrollArea } from '@/components/ui/ScrollArea';
import { getLocale, getTranslations } from 'next-intl/server';
import { AppLink } from '@/components/ui/AppLink';
import { formatCalendarDay } from '@/lib/formats/dates';
import type { AssistedSearchOutcome, ResidentSummary } from '@/lib/lookup/assisted';

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
          <ScrollArea label={t('resultsHeading')}>
            <table className="w-full border-collapse text-left text-sm">
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="p-2">
                    {t('nameColumn')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('birthColumn')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('nikColumn')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('rtRwColumn')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('stateColumn')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('matchColumn')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {residents.map((resident) => {
                  const match = matchOf.get(resident.id);
                  return (
                    <tr key={resident.id} className="border-b border-gray-300 align-top">
                      <th scope="row" className="p-2 font-normal">
                        <AppLink
                          href={`/petugas/warga/${resident.id}?ref=${outcome.reference}`}
                          aria-label={t('open', { name: resident.fullName })}
                          className="font-bold"
                        >
                          {resident.fullName}
                        </AppLink>
                      </th>
                      <td className="p-2 whitespace-nowrap">
                        {formatCalendarDay(resident.birthDate, locale, 'medium')} (
                        {t('age', { age: resident.age })})
                      </td>
                      <td className="p-2 font-mono">{resident.nikMasked}</td>
                      <td className="p-2">
                        {resident.rt}/{resident.rw}
                      </td>
                      <td className="p-2">{result(`states.${resident.state}.title`)}</td>
                      <td className="p-2 whitespace-nowrap">
                        {match
                          ? t('score', {
                              decision: t(`decision.${match.decision}`),
                              score: match.score.toFixed(2),
                            })
                          : ''}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollArea>
        </>
      )}
    </section>
  );
}
