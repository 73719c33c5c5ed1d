import type { ReactNode } from 'react';

type InfoSectionProps = { id: string; heading: string; children: ReactNode };

export function InfoSection({ id, heading, children }: InfoSectionProps) {
  return (
    <section aria-labelledby={id} className="space-y-3 text-lg">
      <h2 id={id} className="text-2xl leading-snug font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}
