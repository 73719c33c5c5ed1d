import type { ReactNode } from 'react';

// A wide table scrolls sideways on a phone; keyboard users reach the scroll with Tab,
// and screen readers hear what the region holds.
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
