import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FaqList } from '@/components/info/FaqList';
import { InfoArticle } from '@/components/info/InfoArticle';
import { infoHref, type InfoPageKey } from '@/components/info/info-pages';
import { messageLines } from '@/components/info/message-lines';
import { enterLocale, type LocaleParams } from '@/i18n/params';

type PageProps = { params: LocaleParams };

// Question → the page that says more (null: the answer is the whole story).
const questions = [
  ['notFound', 'notFound'],
  ['payment', 'complaints'],
  ['registerHere', 'complaints'],
  ['proposal', 'complaints'],
  ['stopped', 'registered'],
  ['wrongData', 'complaints'],
  ['objection', 'complaints'],
  ['birthDate', 'desil'],
  ['whoSees', 'desil'],
  ['nikStored', null],
  ['freshness', null],
] as const satisfies readonly (readonly [string, InfoPageKey | null])[];

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: 'Info.faq' });
  return { title: t('metaTitle'), description: t('metaDescription') };
}

export default async function FaqPage({ params }: PageProps) {
  await enterLocale(params);
  const t = await getTranslations('Info');

  return (
    <InfoArticle
      title={t('faq.title')}
      paragraphs={[t('faq.intro')]}
      related={['dtksDtsen', 'programmes', 'complaints']}
    >
      <FaqList
        items={questions.map(([key, page]) => ({
          key,
          question: t(`faq.items.${key}.q`),
          answer: messageLines(t.raw(`faq.items.${key}.a`)),
          more: page
            ? { href: infoHref(page), label: t('faq.more', { page: t(`${page}.title`) }) }
            : undefined,
        }))}
      />
    </InfoArticle>
  );
}
