import { AppLink } from '@/components/ui/AppLink';

type InfoCardProps = { href: string; title: string; text: string };

export function InfoCard({ href, title, text }: InfoCardProps) {
  return (
    <li className="rounded-md border border-slate-300 bg-white p-4">
      <h3 className="text-lg leading-snug font-bold">
        <AppLink href={href}>{title}</AppLink>
      </h3>
      <p className="mt-1 text-base text-muted">{text}</p>
    </li>
  );
}
