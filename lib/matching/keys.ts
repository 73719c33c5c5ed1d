import { NAME_PARTICLES } from './lexicon';
import { skeleton, softForm } from './phonetic';
import { prepareName, type PreparedName } from './prepare';
import type { PreparedToken } from './tokens';

export const MAX_KEYS = 8;
/** person_name_key.key is VARCHAR(32). */
export const MAX_KEY_LENGTH = 32;

/**
 * Partner classes: a token's first skeleton letter, in five groups that each
 * start about a fifth of the tokens in Indonesian names. 's' and 't' share a
 * group so that an initial 'T.' still falls in the class of Tsabit (soft 'sabit').
 */
const PARTNER_CLASS: Readonly<Record<string, string>> = {
  a: 'a',
  l: 'a',
  s: 's',
  t: 's',
  p: 'p',
  n: 'p',
  k: 'k',
  m: 'k',
  r: 'r',
  j: 'r',
  w: 'r',
};
const ALL_CLASSES = ['a', 's', 'p', 'k', 'r'];
const VOWELS = 'aeiou';

const partnerClass = (token: PreparedToken): string => PARTNER_CLASS[skeleton(token.soft)[0] ?? ''] ?? 'r';
const keyed = (token: PreparedToken): boolean => token.initial === null && !token.common;

/** The final vowel, or 'c' for any consonant: decideMatch never pairs tokens that differ here. */
function ending(token: PreparedToken): string {
  const last = token.soft[token.soft.length - 1] ?? '';
  return VOWELS.includes(last) ? last : 'c';
}

/** A token without its first letter, which a slip on a long token may change (Rahmawati / Tahmawati). */
const tail = (part: { skel: string; end: string }): string => `${part.skel.slice(1)}.${part.end}`;

function key(kind: string, skel: string, suffix: string): string {
  return kind + skel.slice(0, MAX_KEY_LENGTH - kind.length - suffix.length) + suffix;
}

/**
 * Blocking keys stored per person as (village_code, key, person_id); a lookup
 * fetches every person sharing a key with the typed name, then scores them.
 *
 * Trade-off: keys must survive every variation decideMatch accepts (else the
 * right person is never scored) yet stay selective (else a lookup pulls half the
 * village). decideMatch accepts a name whose tokens are a subset or superset of
 * the other's (up to two tokens missing), spelling variants, one typo per token
 * and initials; it never pairs tokens whose endings differ (Putri / Putra, see
 * endingEvidence in tokens.ts) and forgives a different first letter only in
 * long tokens. So:
 * - `w:` the skeleton of the whole given name glued together: survives a name
 *   written as one word or two (Nurhayati / Nur Hayati) and covers names made
 *   only of common tokens ("Siti") without keying "siti" for everyone.
 * - `t:` a distinctive token (not common, not an initial, not a particle such as
 *   br or Wa Ode): its phonetic skeleton, its ending, and the class of the first
 *   letter of one other token of the name, one key per partner ("Budi Santoso":
 *   Santoso with a partner in Budi's class). A one-token name keys every class,
 *   so it still meets each longer name that contains its token, while "Budi
 *   Santoso" and "Agus Santoso" share no key: a lookup fetches the Santosos with a
 *   partner like the typed one, not all of them. A skeleton alone cannot do that
 *   for frequent tokens: Putri, Rizki or Hasan are each 2–4% of a village.
 * - `p:` two distinctive tokens together, each without its first letter: the
 *   partner class hangs on a first letter, and decideMatch forgives a slip there
 *   in long tokens (Rahmawati Lestari / Tahmawati Lestari). Very selective.
 * - `b:` for a name with a single distinctive token only, its skeleton's first
 *   two letters and its first plus last letter (with ending and partner classes):
 *   one wrong, missing or extra consonant leaves one of them intact (Suparmo /
 *   Suparno, Rasimah / Raimah). Names with two distinctive tokens need no typo
 *   key: one typo leaves the other token, and the first letter of the typo'd one,
 *   intact.
 * Not covered, and accepted for selectivity: a typo in a token whose partner is
 * missing on one side (Aminah / Siti Amimah, Sutarno / Suwarno Setiawan), and
 * typos in two tokens at once. Covering them needs typo keys on every name, and
 * those pull every bearer of a frequent token again (scripts/bench-match-keys.ts).
 * At most MAX_KEYS keys: whole key, then one key per pair of tokens, then the rest.
 */
export function matchKeysPrepared(name: PreparedName): string[] {
  const keys: string[] = [];
  const add = (k: string): void => {
    if (keys.length < MAX_KEYS && !keys.includes(k)) keys.push(k);
  };
  const fullGiven = name.given.filter((t) => t.initial === null);
  const base =
    fullGiven.length > 0 ? fullGiven : [...name.given, ...name.father].filter((t) => t.initial === null);
  if (base.length > 0) add(key('w:', skeleton(softForm(base.map((t) => t.text).join(''))), ''));

  // Particles are left out altogether: as partners they would make classes of their own bearers.
  const tokens = [...name.given, ...name.father].filter((t) => !NAME_PARTICLES.has(t.text));
  const parts = tokens.map((t) => ({
    skel: skeleton(t.soft),
    end: ending(t),
    cls: partnerClass(t),
    keyed: keyed(t),
  }));
  const distinctive = parts.filter((p) => p.keyed);
  if (parts.length === 1)
    for (const p of distinctive) for (const cls of ALL_CLASSES) add(key('t:', p.skel, `.${p.end}/${cls}`));
  // Every pair of tokens gets a key before any pair gets its third, so the cap never drops a whole pair.
  const firsts: string[] = [];
  const pairs: string[] = [];
  const seconds: string[] = [];
  parts.forEach((p, i) => {
    if (!p.keyed) return;
    parts.forEach((partner, j) => {
      if (j === i) return;
      (partner.keyed && j < i ? seconds : firsts).push(key('t:', p.skel, `.${p.end}/${partner.cls}`));
      if (partner.keyed && j > i) pairs.push(key('p:', [tail(p), tail(partner)].sort().join('+'), ''));
    });
  });
  [...firsts, ...pairs, ...seconds].forEach(add);

  const only = distinctive.length === 1 ? distinctive[0] : undefined;
  if (only === undefined || only.skel.length < 2) return keys;
  const classes = [...new Set(parts.filter((p) => p !== only).map((p) => `/${p.cls}`))];
  for (const cls of classes.length > 0 ? classes : ['']) {
    for (const edge of [only.skel.slice(0, 2), only.skel.slice(0, 1) + only.skel.slice(-1)])
      add(`b:${edge}.${only.end}${cls}`);
  }
  return keys;
}

export function matchKeys(raw: string): string[] {
  return matchKeysPrepared(prepareName(raw));
}
