import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AppLink } from '@/components/ui/AppLink';
import { messageLines } from './message-lines';

type NotFoundAnswerProps = {
  searchedAs: string | null;
  birthDateGiven: boolean;
  // The form to search again with a date of birth; built by the page (it owns the action).
  retryForm: ReactNode;
};

// One answer for "nobody by that name", "a close name not yet confirmed" and "a wrong
// date of birth", so the page never tells whether a name exists in the village.
export async function NotFoundAnswer({ searchedAs, birthDateGiven, retryForm }: NotFoundAnswerProps) {
  const t = await getTranslations('Result');
  const tickets = await getTranslations('Tickets');
  return (
    <div className="space-y-6">
      <section aria-labelledby="not-found-title" className="space-y-2">
        <h2 id="not-found-title" className="text-2xl font-bold" data-outcome="not-found">
          {t('notFound.title')}
        </h2>
        <p>{t('notFound.body')}</p>
        {searchedAs ? <p>{t('notFound.searchedAs', { name: searchedAs })}</p> : null}
      </section>

      <section
        aria-labelledby="add-birth-date"
        className="space-y-3 rounded-md border-2 border-brand-700 p-4"
      >
        <h2 id="add-birth-date" className="text-xl font-bold">
          {t('notFound.addBirthDateTitle')}
        </h2>
        <p>{birthDateGiven ? t('notFound.birthDateUsed') : t('notFound.addBirthDate')}</p>
        {retryForm}
      </section>

      <section aria-labelledby="tips" className="space-y-2">
        <h2 id="tips" className="text-xl font-bold">
          {t('notFound.tipsHeading')}
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {messageLines(t.raw('notFound.tips')).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>
          <AppLink href="/cek">{t('notFound.changeVillage')}</AppLink>
        </p>
      </section>

      <section aria-labelledby="next-steps" className="space-y-2">
        <h2 id="next-steps" className="text-xl font-bold">
          {t('notFound.nextHeading')}
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {messageLines(t.raw('notFound.next')).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>
          <AppLink href="/ajukan/usulan" className="font-bold">
            {tickets('fileLinkNotFound')}
          </AppLink>
        </p>
      </section>
    </div>
  );
}
