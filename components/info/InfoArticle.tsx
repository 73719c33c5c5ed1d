import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeading } from '@/components/ui/PageHeading';
import { PrimaryLink } from '@/components/ui/PrimaryLink';
import { infoHref, type InfoPageKey } from './info-pages';

type InfoArticleProps = {
  title: string;
  paragraphs?: string[];
  children?: ReactNode;
  /** Other explanation pages worth reading next. */
  related?: InfoPageKey[];
};

// Every explanation page ends the same way: the lookup, the other pages, home.
export async function InfoArticle({ title, paragraphs = [], children, related = [] }: InfoArticleProps) {
  const t = await getTranslations('Info');
  return (
    <article className="space-y-8">
      <div className="space-y-4">
        <PageHeading>{title}</PageHeading>
        {paragraphs.map((paragraph) => (
          <p key={paragraph} className="text-lg">
            {paragraph}
          </p>
        ))}
      </div>
      {children}
      {related.length > 0 ? (
        <nav aria-labelledby="related-heading" className="print:hidden">
          <h2 id="related-heading" className="text-xl font-bold">
            {t('relatedHeading')}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-lg">
            {related.map((key) => (
              <li key={key}>
                <AppLink href={infoHref(key)}>{t(`${key}.title`)}</AppLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div className="flex flex-wrap items-center gap-x-6 gap-y-4 border-t border-slate-200 pt-6 print:hidden">
        <PrimaryLink href="/cek">{t('toLookup')}</PrimaryLink>
        <AppLink href="/info">{t('allPages')}</AppLink>
        <AppLink href="/">{t('backHome')}</AppLink>
      </div>
    </article>
  );
}
