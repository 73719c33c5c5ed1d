import { getLocale, getTranslations } from 'next-intl/server';
import { periodLabel } from '@/components/lookup/period-label';
import type { VillagePath } from '@/components/lookup/village-path';
import { formatDate } from '@/lib/formats';
import { isProgrammeCode } from '@/lib/registry';
import type { Slip } from '@/lib/slips';

type SlipSheetProps = { slip: Slip; place: VillagePath; headingLevel?: 'h2' | 'h3' };

// The facts a result slip prints, exactly as stored: the staff slip page and the public
// verification render the same component, so a forged slip differs visibly.
export async function SlipSheet({ slip, place, headingLevel: Heading = 'h2' }: SlipSheetProps) {
  const t = await getTranslations('Slip');
  const result = await getTranslations('Result');
  const programmes = await getTranslations('Programmes');
  const locale = await getLocale();
  const { facts } = slip;
  const rows: [string, string][] = [
    [t('name'), slip.maskedName],
    [t('village'), t('villageValue', place)],
    [t('checkedOn'), formatDate(slip.issuedAt, locale)],
    [t('state'), result(`states.${facts.state}.title`)],
    [t('dtks'), facts.inDtks ? t('registered') : t('notRegistered')],
    [t('dtsen'), facts.inDtsen ? t('registered') : t('notRegistered')],
  ];
  return (
    <div className="space-y-4" data-slip={slip.code}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-bold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section className="space-y-1">
        <Heading className="text-lg font-bold">
          {t('programmesHeading', { period: periodLabel(result, facts.period) })}
        </Heading>
        {facts.programmes.length === 0 ? (
          <p>{t('programmesNone')}</p>
        ) : (
          <ul className="list-disc pl-6">
            {facts.programmes.map((programme) => (
              <li key={programme.code}>
                {isProgrammeCode(programme.code) ? programmes(`${programme.code}.name`) : programme.code}:{' '}
                <strong>{programme.received ? t('yes') : t('no')}</strong>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>{t('registeredIsNotReceiving')}</p>
      <p className="text-lg">
        {t('code')}: <strong className="font-mono tracking-wider">{slip.code}</strong>
      </p>
    </div>
  );
}
