import { ABDUL, MUHAMMAD, MUHAMMAD_FORMS } from './lexicon';

/** What a spelling step changed, in words an operator recognises. */
export type SpellingResult = { tokens: string[]; notes: string[] };

// A stand-in for the 'j' of old 'dj', so that the later old-spelling j→y leaves it alone.
const DJ_MARK = '\u0001';
// Markers that only exist in pre-1972 (Van Ophuijsen / Soewandi) spelling.
export const OLD_CONTEXT = /oe|dj|tj|sj/;
// "abdul" glued to the next word; the second group keeps a doubled 'l' (Abdullatif).
const ABDUL_GLUED = /^abdul(l?)([a-z]{3,})$/;
// Arabic article assimilated to a sun letter: Abdurrahman, Abdussalam, Abdunnasir.
const ABDU_SUN = /^abdu([rsnztd])\1?([a-z]{3,})$/;

/**
 * Rewrites one token from old spelling to EYD. The j→y and nj→ny rules apply only
 * when the token (or, with `oldName`, another token of the name: Tjoet Nja Dien)
 * shows another old-spelling marker, because 'j' and 'nj' are also modern
 * spellings (Panji, Anjani) that must not change.
 */
export function modernizeSpelling(token: string, notes: string[], oldName = false): string {
  let t = token;
  const oldContext = oldName || OLD_CONTEXT.test(t);
  if (t.includes('oe')) {
    t = t.replaceAll('oe', 'u');
    notes.push("old spelling 'oe'");
  }
  if (t.includes('dj')) {
    t = t.replaceAll('dj', DJ_MARK);
    notes.push("old spelling 'dj'");
  }
  if (t.includes('tj')) {
    t = t.replaceAll('tj', 'c');
    notes.push("old spelling 'tj'");
  }
  if (t.includes('sj')) {
    t = t.replaceAll('sj', 'sy');
    notes.push("old spelling 'sj'");
  }
  if (oldContext && t.includes('nj')) {
    t = t.replaceAll('nj', 'ny');
    notes.push("old spelling 'nj'");
  }
  if (oldContext && t.includes('j')) {
    t = t.replaceAll('j', 'y');
    notes.push("old spelling 'j'");
  }
  if (t.includes('ch')) {
    t = t.replaceAll('ch', 'kh');
    notes.push("old spelling 'ch'");
  }
  return t.replaceAll(DJ_MARK, 'j');
}

/** Runs of one letter are typing noise or Dutch-era habit (Mochammad, Saadah), never identity. */
export function collapseDoubles(token: string): string {
  let out = '';
  let prev = '';
  for (const ch of token) {
    if (ch !== prev) out += ch;
    prev = ch;
  }
  return out;
}

/**
 * Splits an "abdul" glued to the next word (Abdurrahman, Abdullatif, Abdulaziz) so
 * it compares token by token with "Abdul Rahman". Runs before doubled letters are
 * collapsed, because the doubled sun letter (rr, ss, ll) marks where the word starts.
 */
export function splitGluedAbdul(token: string, notes: string[]): string[] {
  if (!token.startsWith('abd') || collapseDoubles(token) === 'abdulah') return [token];
  const sun = ABDU_SUN.exec(token);
  if (sun?.[1] !== undefined && sun[2] !== undefined) {
    notes.push(`'${token}' split as Abdul`);
    return [ABDUL, sun[1] + sun[2]];
  }
  const moon = ABDUL_GLUED.exec(token);
  if (moon?.[2] !== undefined) {
    notes.push(`'${token}' split as Abdul`);
    return [ABDUL, (moon[1] ?? '') + moon[2]];
  }
  return [token];
}

/** Every Muhammad spelling becomes 'muhammad' and 'abd' becomes 'abdul'. */
export function expandAbbreviation(token: string, notes: string[]): string {
  if (token !== MUHAMMAD && MUHAMMAD_FORMS.has(token)) {
    notes.push(`'${token}' read as Muhammad`);
    return MUHAMMAD;
  }
  if (token === 'abd') {
    notes.push("'abd' read as Abdul");
    return ABDUL;
  }
  return token;
}
