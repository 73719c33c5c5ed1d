import { getTranslations } from 'next-intl/server';

// The two sentences every result must make clear (DOMAIN.md).
export async function KeyFacts() {
  const t = await getTranslations('Result');
  return (
    <section aria-labelledby="key-facts" className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">
      <h2 id="key-facts" className="text-lg font-bold">
        {t('keyFactsHeading')}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>{t('registeredIsNotReceiving')}</li>
        <li>{t('notFoundIsNotTheEnd')}</li>
      </ul>
    </section>
  );
}
