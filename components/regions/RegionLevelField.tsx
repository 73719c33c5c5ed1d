import type { KeyboardEvent } from 'react';
import type { RegionOption } from '@/lib/regions';

export type RegionLevelText = {
  label: string;
  placeholder: string;
  /** Shown in place of the placeholder while the level above is not chosen yet. */
  waiting?: string;
  filterLabel: string;
  filterHint: string;
};

type RegionLevelFieldProps = {
  id: string;
  name: string;
  text: RegionLevelText;
  /** All options of the level; `shown` is the filtered part of it. */
  options: readonly RegionOption[];
  shown: readonly RegionOption[];
  value: string | undefined;
  error: string | undefined;
  /** Replaces the placeholder while the list is on its way. */
  status: string | undefined;
  /** With JavaScript only: the search field above the select. */
  searchable: boolean;
  filter: string;
  /** Shown under the search field when nothing matches. */
  noMatch: string;
  onFilter: (filter: string) => void;
  onChoose: (code: string) => void;
};

const control = 'block w-full min-h-12 rounded-md border-2 border-ink bg-white px-3 py-2 text-lg text-ink';

export function RegionLevelField(props: RegionLevelFieldProps) {
  const { id, name, text, options, shown, value, error, status, searchable, filter } = props;
  const disabled = options.length === 0;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // A chosen option stays in the list while a filter hides it, so the select never jumps to
  // another value on its own.
  const chosen = value === undefined ? undefined : options.find(([code]) => code === value);
  const visible = chosen && !shown.includes(chosen) ? [chosen, ...shown] : shown;

  // Enter must not post the whole form from the search field: with one match it chooses it,
  // otherwise it moves on to the (already narrowed) select, as ArrowDown does.
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const only = shown.length === 1 ? shown[0] : undefined;
    if (event.key === 'Enter' && only) {
      event.preventDefault();
      props.onChoose(only[0]);
    } else if (event.key === 'Enter' || event.key === 'ArrowDown') {
      event.preventDefault();
      document.getElementById(id)?.focus();
    } else if (event.key === 'Escape' && filter !== '') {
      event.preventDefault();
      props.onFilter('');
    }
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-lg font-bold">
        {text.label}
      </label>
      {error ? (
        <p id={errorId} className="font-bold text-red-800">
          {error}
        </p>
      ) : null}
      {/* Rendered by the server too, shown only when JavaScript runs (html.js), so the
          page does not jump when the picker comes alive. */}
      <div className="js-only space-y-2">
        <label htmlFor={`${id}-filter`} className="sr-only">
          {text.filterLabel}
        </label>
        <p id={hintId} className="text-muted">
          {text.filterHint}
        </p>
        <input
          id={`${id}-filter`}
          type="search"
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby={hintId}
          aria-controls={id}
          className={control}
          value={filter}
          disabled={disabled || !searchable}
          onChange={(event) => props.onFilter(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {filter !== '' && shown.length === 0 ? <p className="text-muted">{props.noMatch}</p> : null}
      </div>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={`${control} disabled:border-muted disabled:bg-brand-50`}
        disabled={disabled}
        value={value ?? ''}
        onChange={(event) => props.onChoose(event.target.value)}
      >
        <option value="">
          {status ?? (disabled ? (text.waiting ?? text.placeholder) : text.placeholder)}
        </option>
        {visible.map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
