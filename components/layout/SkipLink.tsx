type SkipLinkProps = { targetId: string; label: string };

export function SkipLink({ targetId, label }: SkipLinkProps) {
  return (
    <a
      href={`#${targetId}`}
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:px-4 focus:py-3 print:hidden"
    >
      {label}
    </a>
  );
}
