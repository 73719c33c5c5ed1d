type SiteFooterProps = { notes: string[] };

export function SiteFooter({ notes }: SiteFooterProps) {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50 print:hidden">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6 text-base text-muted">
        {notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
      </div>
    </footer>
  );
}
