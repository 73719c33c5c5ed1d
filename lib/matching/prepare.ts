import { normalizeParts } from './normalize';
import { prepareToken, type PreparedToken } from './tokens';

/**
 * A name normalised once, with every per-token form the scorer needs. Lookups
 * prepare the typed query once and each candidate once, then compare prepared
 * names only, so the hot path runs no regular expressions.
 */
export type PreparedName = {
  raw: string;
  /** Trimmed, case-folded raw string: what "identical" means. */
  folded: string;
  text: string;
  tokens: string[];
  given: PreparedToken[];
  father: PreparedToken[];
  marker: 'bin' | 'binti' | null;
  initialMuhammad: boolean;
  notes: string[];
};

export function prepareName(raw: string): PreparedName {
  const parts = normalizeParts(raw);
  return {
    raw,
    folded: raw.trim().toLowerCase(),
    text: parts.text,
    tokens: parts.tokens,
    given: parts.given.map((t, i) => prepareToken(t, i === parts.initialMuhammad)),
    father: parts.father.map((t) => prepareToken(t)),
    marker: parts.marker,
    initialMuhammad: parts.initialMuhammad >= 0,
    notes: parts.notes,
  };
}
