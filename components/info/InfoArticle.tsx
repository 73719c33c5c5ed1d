import { PageHeading } from '@/components/ui/PageHeading';
import { PrimaryLink } from '@/components/ui/PrimaryLink';
import { AppLink } from '@/components/ui/AppLink';

type InfoArticleProps = { title: string; paragraphs: string[]; lookupLabel: string; homeLabel: string };

export function InfoArticle({ title, paragraphs, lookupLabel, homeLabel }: InfoArticleProps) {
  return (
    <article className="space-y-4">
      <PageHeading>{title}</PageHeading>
      {paragraphs.map((paragraph) => (
        <p key={paragraph} className="text-lg">
          {paragraph}
        </p>
      ))}
      <div className="flex flex-wrap items-center gap-x-6 gap-y-4 pt-4 print:hidden">
        <PrimaryLink href="/cek">{lookupLabel}</PrimaryLink>
        <AppLink href="/">{homeLabel}</AppLink>
      </div>
    </article>
  );
}
