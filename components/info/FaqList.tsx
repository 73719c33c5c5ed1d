import { AppLink } from '@/components/ui/AppLink';

type FaqItem = { key: string; question: string; answer: string[]; more?: { href: string; label: string } };

// <details> opens and closes without JavaScript; recent browsers also open the answer that find-in-page lands in.
export function FaqList({ items }: { items: FaqItem[] }) {
  return (
    <div className="space-y-3">
      {items.map((item) => (
        <details
          key={item.key}
          id={item.key}
          className="rounded-md border border-slate-300 bg-white open:border-brand-700"
        >
          <summary className="cursor-pointer px-4 py-3 text-lg leading-snug font-bold text-brand-800">
            {item.question}
          </summary>
          <div className="space-y-3 px-4 pb-4 text-lg">
            {item.answer.map((line) => (
              <p key={line}>{line}</p>
            ))}
            {item.more ? (
              <p>
                <AppLink href={item.more.href}>{item.more.label}</AppLink>
              </p>
            ) : null}
          </div>
        </details>
      ))}
    </div>
  );
}
