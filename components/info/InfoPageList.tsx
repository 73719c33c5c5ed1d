import { AppLink } from '@/components/ui/AppLink';

type InfoPageListProps = { pages: { href: string; title: string; summary: string }[] };

export function InfoPageList({ pages }: InfoPageListProps) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {pages.map((page) => (
        <li key={page.href} className="rounded-md border border-slate-300 bg-white p-4">
          <h2 className="text-xl leading-snug font-bold">
            <AppLink href={page.href}>{page.title}</AppLink>
          </h2>
          <p className="mt-1 text-muted">{page.summary}</p>
        </li>
      ))}
    </ul>
  );
}
