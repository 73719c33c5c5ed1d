import { getTranslations } from 'next-intl/server';
import { AppLink } from '@/components/ui/AppLink';
import { messageLines } from './message-lines';

// Too many wrong birth dates or NIKs for this name or person today. The same answer
// whether or not anyone has the name, so it never tells a prober that a name exists.
export async function LockedAnswer() {
  const t = await getTranslations('Result');
  return (
    <div className="space-y-6">
      <section aria-labelledby="locked-title" className="space-y-2 border-l-4 border-amber-600 pl-3">
        <h2 id="locked-title" className="text-2xl font-bold" data-outcome="locked">
          {t('locked.title')}
        </h2>
        <p>{t('locked.body')}</p>
        <p>{t('locked.why')}</p>
      </section>
      <section aria-labelledby="locked-next" className="space-y-2">
        <h2 id="locked-next" className="text-xl font-bold">
          {t('locked.nextHeading')}
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {messageLines(t.raw('locked.next')).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>
          <AppLink href="/cek">{t('newSearch')}</AppLink>
        </p>
      </section>
    </div>
  );
}
