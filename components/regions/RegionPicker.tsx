'use client';

// A client component so that, with JavaScript, each level fills as soon as its parent is chosen
// and the lists can be searched. The server renders the same four plain selects with their
// options and a "Lanjut" submit button, so the form works step by step without JavaScript.
import { useRef, useState, useSyncExternalStore } from 'react';
import {
  childLevelOf,
  deepestCode,
  firstMissingRegionLevel,
  regionFieldNames,
  regionLevels,
  type RegionLevel,
  type RegionOption,
  type RegionSelection,
  fetchRegionOptions,
  rememberedRegionCookieString,
  filterRegionOptions,
} from '@/lib/regions/client';
import { RegionLevelField, type RegionLevelText } from './RegionLevelField';

export type RegionPickerText = Record<RegionLevel, RegionLevelText> & {
  hint?: string;
  continue: string;
  continueHint: string;
  /** "{count}" is replaced by the number of options. */
  optionCountOne: string;
  optionCountOther: string;
  noMatch: string;
  loading: string;
  loadFailed: string;
};

export type RegionPickerProps = {
  /** The normalised selection (posted, or remembered on this device). */
  selection: RegionSelection;
  /** The lists for that selection (`regionOptionsFor`), so the server HTML has filled selects. */
  options: Record<RegionLevel, readonly RegionOption[]>;
  /** Form field names; `regionFieldNames` unless the form needs others. */
  names?: Record<RegionLevel, string>;
  text: RegionPickerText;
  /** `regionDataVersion`: part of every list URL. */
  dataVersion: string;
  /** Shown at the first level not chosen yet (`firstMissingRegionLevel`), where the resident must act. */
  error?: string;
  /** Each select gets the id `${idPrefix}-${level}`, e.g. `wilayah-village`, for an error summary's links. */
  idPrefix?: string;
};

type Filters = Record<RegionLevel, string>;
const noFilters: Filters = { province: '', regency: '', district: '', village: '' };
const noSubscription = () => () => {};

export function RegionPicker(props: RegionPickerProps) {
  const { names = regionFieldNames, text, dataVersion, error, idPrefix = 'wilayah' } = props;
  // False in the server HTML and during hydration, true once this code runs in the browser.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [selection, setSelection] = useState(props.selection);
  const [options, setOptions] = useState(props.options);
  const [filters, setFilters] = useState(noFilters);
  const [loading, setLoading] = useState<RegionLevel | null>(null);
  const [failed, setFailed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const latestRequest = useRef(0);
  const errorLevel = error ? firstMissingRegionLevel(selection) : undefined;

  const countText = (count: number) =>
    count === 0
      ? text.noMatch
      : (count === 1 ? text.optionCountOne : text.optionCountOther).replace('{count}', String(count));

  function choose(level: RegionLevel, code: string) {
    const depth = regionLevels.indexOf(level);
    const next: RegionSelection = {};
    const nextOptions = { ...options };
    const nextFilters = { ...filters };
    regionLevels.forEach((each, index) => {
      if (index < depth) next[each] = selection[each];
      if (index > depth) {
        nextOptions[each] = [];
        nextFilters[each] = '';
      }
    });
    if (code !== '') next[level] = code;
    setSelection(next);
    setOptions(nextOptions);
    setFilters(nextFilters);
    remember(next);

    const child = childLevelOf(level);
    const request = ++latestRequest.current;
    setLoading(child && code !== '' ? child : null);
    setFailed(false);
    if (!child || code === '') return;
    fetchRegionOptions(dataVersion, code).then(
      (list) => {
        if (request !== latestRequest.current) return; // the resident has chosen again since
        setOptions((current) => ({ ...current, [child]: list }));
        setLoading(null);
        setAnnouncement(`${text[child].label}: ${countText(list.length)}`);
      },
      () => {
        if (request !== latestRequest.current) return;
        setLoading(null);
        setFailed(true); // brings back "Lanjut": the server can still fill the next list
        setAnnouncement(text.loadFailed);
      },
    );
  }

  function filter(level: RegionLevel, value: string) {
    setFilters((current) => ({ ...current, [level]: value }));
    setAnnouncement(`${text[level].label}: ${countText(filterRegionOptions(options[level], value).length)}`);
  }

  return (
    <div className="space-y-5">
      {text.hint ? <p className="text-muted">{text.hint}</p> : null}
      {regionLevels.map((level) => (
        <RegionLevelField
          key={level}
          id={`${idPrefix}-${level}`}
          name={names[level]}
          text={text[level]}
          options={options[level]}
          shown={filterRegionOptions(options[level], filters[level])}
          value={selection[level]}
          error={level === errorLevel ? error : undefined}
          status={loading === level ? text.loading : undefined}
          searchable={scripted}
          filter={filters[level]}
          noMatch={text.noMatch}
          onFilter={(value) => filter(level, value)}
          onChoose={(code) => choose(level, code)}
        />
      ))}
      {!scripted || failed ? (
        <div className={failed ? 'space-y-2' : 'no-js-only space-y-2'}>
          <p className="text-muted">{failed ? text.loadFailed : text.continueHint}</p>
          {/* formNoValidate: choosing a region must not be blocked by fields the resident has not reached. */}
          <button
            type="submit"
            name="intent"
            value="choose-region"
            formNoValidate
            className="min-h-12 rounded-md border-2 border-brand-800 bg-white px-5 py-2 text-lg font-bold text-brand-800 hover:bg-brand-50"
          >
            {text.continue}
          </button>
        </div>
      ) : null}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

function remember(selection: RegionSelection) {
  const code = deepestCode(selection);
  if (code) document.cookie = rememberedRegionCookieString(code, window.location.protocol === 'https:');
}
