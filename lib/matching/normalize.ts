import { BIN_FORMS, LEADING_TITLES, MUHAMMAD, STRONG_TITLES, WEAK_TITLES } from './lexicon';
import {
  collapseDoubles,
  expandAbbreviation,
  modernizeSpelling,
  OLD_CONTEXT,
  splitGluedAbdul,
} from './spelling';

export type NormalizedName = { text: string; tokens: string[] };

/**
 * The full outcome of normalisation. `given` and `father` split the name at a
 * bin/binti marker: the father's name is kept (it tells father and son apart),
 * but compared only with the other name's father part. `tokens`/`text` keep the
 * marker as a token, so "ahmad bin yusuf" and "yusuf bin ahmad" never look equal.
 */
export type NormalizedParts = NormalizedName & {
  given: string[];
  father: string[];
  marker: 'bin' | 'binti' | null;
  /** Index in `given` of a leading 'M.' read as Muhammad: likely, not certain. */
  initialMuhammad: number;
  /** Normalisation steps applied, for the operator-facing reason. */
  notes: string[];
};

type RawToken = { text: string; dotted: boolean };

const COMBINING_MARKS = /\p{M}+/gu;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const APOSTROPHES = /['’‘`´]/g;
const NON_LETTERS = /[^a-z.]+/;

/** Titles as written on a KTP, for reasons: "s.pd." → "S.Pd.". */
function display(chunk: string): string {
  return chunk.replace(/(^|\.)([a-z])/g, (_, dot: string, ch: string) => dot + ch.toUpperCase());
}

function isTitle(
  compact: string,
  dotted: boolean,
  afterComma: boolean,
  first: boolean,
  more: boolean,
): boolean {
  if (STRONG_TITLES.has(compact)) return true;
  if (WEAK_TITLES.has(compact) && (dotted || afterComma)) return true;
  return first && more && LEADING_TITLES.has(compact);
}

/** Splits the raw string into letter tokens, dropping titles and degrees. */
function tokenize(raw: string, notes: string[]): RawToken[] {
  // Most names are plain ASCII: skip Unicode decomposition for them.
  const plain = PRINTABLE_ASCII.test(raw) ? raw : raw.normalize('NFKD').replace(COMBINING_MARKS, '');
  const folded = plain.toLowerCase().replace(APOSTROPHES, '');
  const out: RawToken[] = [];
  const segments = folded.split(',');
  segments.forEach((segment, segIndex) => {
    const chunks = segment.split(/[\s\-_/]+/).filter((c) => c.length > 0);
    chunks.forEach((chunk, chunkIndex) => {
      const compact = chunk.replace(/[^a-z]/g, '');
      if (compact.length === 0) return;
      const first = segIndex === 0 && out.length === 0;
      const more = chunkIndex < chunks.length - 1;
      // Degrees such as "S.Pd." are one chunk with inner dots: test it whole first.
      if (chunk.includes('.') && isTitle(compact, true, segIndex > 0, first, more)) {
        notes.push(`title '${display(chunk)}'`);
        return;
      }
      const parts = chunk
        .split(NON_LETTERS)
        .flatMap((p) => p.split('.').map((t, i, all) => ({ t, dotted: i < all.length - 1 })));
      parts.forEach(({ t, dotted }, partIndex) => {
        if (t.length === 0) return;
        const isFirst = first && partIndex === 0;
        const hasMore = more || partIndex < parts.length - 1;
        if (isTitle(t, dotted, segIndex > 0, isFirst, hasMore)) {
          notes.push(`title '${display(t)}${dotted ? '.' : ''}'`);
          return;
        }
        out.push({ text: t, dotted });
      });
    });
  });
  return out;
}

/**
 * Normalises a name as written on a KTP or typed by a resident. Rules, in order:
 * 1. NFKD and strip combining marks, lower-case: diacritics and case never identify.
 * 2. Apostrophes vanish (Ma'ruf = Maruf); other punctuation, hyphens and spaces split tokens.
 * 3. Titles and degrees are dropped (H., Hj., Drs., S.Pd., ...): they change over a life.
 * 4. bin/binti (and bt, bte) become a marker token; what follows is the father's name.
 * 5. Old spelling becomes EYD (oe→u, dj→j, tj→c, sj→sy, ch→kh; nj→ny and j→y only
 *    in tokens with other old-spelling marks): registries hold both spellings.
 * 6. A glued Abdul is split (Abdurrahman → abdul rahman); doubled letters collapse.
 * 7. Every Muhammad spelling (Moch., Moh., Muh., Mochamad, ...) becomes 'muhammad',
 *    'abd' becomes 'abdul'; a leading 'M.' followed by a name becomes 'muhammad' too,
 *    but is flagged so that it never yields an exact match on its own.
 */
export function normalizeParts(raw: string): NormalizedParts {
  const notes: string[] = [];
  const rawTokens = tokenize(raw, notes);
  const given: string[] = [];
  const father: string[] = [];
  let marker: 'bin' | 'binti' | null = null;
  let initialMuhammad = -1;
  const oldName = rawTokens.some((t) => OLD_CONTEXT.test(t.text));
  rawTokens.forEach((tok, index) => {
    const bin = BIN_FORMS.get(tok.text);
    if (bin !== undefined && marker === null && given.length > 0 && index < rawTokens.length - 1) {
      marker = bin;
      return;
    }
    const target = marker === null ? given : father;
    if (tok.text === 'm' && index === 0 && rawTokens.length > 1) {
      initialMuhammad = 0;
      notes.push("initial 'M.' read as Muhammad");
      target.push(MUHAMMAD);
      return;
    }
    const local: string[] = [];
    const modern = modernizeSpelling(tok.text, local, oldName);
    for (const piece of splitGluedAbdul(modern, local)) {
      const canonical = expandAbbreviation(collapseDoubles(piece), local);
      target.push(canonical);
      // "Moch." reads better than the old-spelling steps that led to 'muhammad'.
      if (canonical === MUHAMMAD) {
        local.length = 0;
        if (tok.text !== MUHAMMAD)
          local.push(`'${display(tok.text)}${tok.dotted ? '.' : ''}' read as Muhammad`);
      }
    }
    notes.push(...local);
  });
  const tokens = marker === null ? given.slice() : [...given, marker, ...father];
  return { text: tokens.join(' '), tokens, given, father, marker, initialMuhammad, notes };
}

export function normalizeName(raw: string): NormalizedName {
  const { text, tokens } = normalizeParts(raw);
  return { text, tokens };
}
