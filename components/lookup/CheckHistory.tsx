'use client';

import { useSyncExternalStore } from 'react';
import { formatDateTime } from '@/lib/formats/client';

export type CheckNote = { reference: string; checkedAt: string; place: string; summary: string };
type CheckHistoryText = {
  save: string;
  saved: string;
  explain: string;
  empty: string;
  clear: string;
  needsJs: string;
};
type CheckHistoryProps = { note: CheckNote; text: CheckHistoryText; locale: string };

// "Simpan catatan cek": notes stay in this browser's storage only; the server never
// sees them. Without JavaScript the server-rendered text suggests paper instead.
const storageKey = 'cek-bansos:catatan';

function parseNotes(stored: string | null): CheckNote[] {
  try {
    const parsed: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isNote) : [];
  } catch {
    return [];
  }
}

// localStorage as an external store: the server renders "no storage" (null), the
// browser reads the stored text, and a save in another tab updates this one.
const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}
const readStored = () => localStorage.getItem(storageKey) ?? '[]';
const serverSnapshot = () => null;

function isNote(value: unknown): value is CheckNote {
  return (
    typeof value === 'object' &&
    value !== null &&
    'reference' in value &&
    'checkedAt' in value &&
    'summary' in value
  );
}

export function CheckHistory({ note, text, locale }: CheckHistoryProps) {
  const stored = useSyncExternalStore(subscribe, readStored, serverSnapshot);
  if (stored === null) return <p className="text-muted">{text.needsJs}</p>;
  const notes = parseNotes(stored);
  const saved = notes.some((entry) => entry.reference === note.reference);
  const store = (next: CheckNote[]) => {
    localStorage.setItem(storageKey, JSON.stringify(next));
    listeners.forEach((listener) => listener());
  };
  const when = (iso: string) => formatDateTime(iso, locale);

  return (
    <div className="space-y-3">
      <p className="text-muted">{text.explain}</p>
      {saved ? (
        <p role="status">{text.saved}</p>
      ) : (
        <button
          type="button"
          onClick={() => store([note, ...notes].slice(0, 50))}
          className="rounded-md border-2 border-brand-800 px-4 py-2 font-bold text-brand-800"
        >
          {text.save}
        </button>
      )}
      {notes.length === 0 ? (
        <p>{text.empty}</p>
      ) : (
        <ol className="space-y-2 border-l-2 border-brand-700 pl-4">
          {notes.map((entry) => (
            <li key={entry.reference}>
              <time dateTime={entry.checkedAt} className="block text-sm text-muted">
                {when(entry.checkedAt)} · {entry.reference}
              </time>
              <span className="block">{entry.place}</span>
              <span className="block font-semibold">{entry.summary}</span>
            </li>
          ))}
        </ol>
      )}
      {notes.length > 0 ? (
        <button type="button" onClick={() => store([])} className="text-sm underline">
          {text.clear}
        </button>
      ) : null}
    </div>
  );
}
