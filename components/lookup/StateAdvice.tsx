import { getTranslations } from 'next-intl/server';
import type { ResidentState } from '@/lib/status';
import { messageLines } from './message-lines';

// What the state means for the resident's next step, and why it can change.
export async function StateAdvice({ state }: { state: ResidentState }) {
  const t = await getTranslations('Result');
  const next = messageLines(t.raw(`next.${state}`));
  const whyChange = messageLines(t.raw('whyChange'));
  return (
    <>
      <section>
        <h3 className="font-bold">{t('nextHeading')}</h3>
        <ul className="list-disc space-y-1 pl-5">
          {next.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <details className="print:hidden">
        <summary className="cursor-pointer font-bold">{t('whyChangeHeading')}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {whyChange.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
