import { skeleton, softForm } from './phonetic';
import { prepareName, type PreparedName } from './prepare';
import type { PreparedToken } from './tokens';

export const MAX_KEYS = 8;

/**
 * Blocking keys stored per person as (village_code, key, person_id); a lookup
 * fetches every person sharing a key with the typed name, then scores them.
 *
 * Trade-off: keys must survive every variation decideMatch accepts (else the
 * right person is never scored) yet stay selective (else a lookup pulls half the
 * village). So:
 * - `t:` the phonetic skeleton of each distinctive token: survives titles, old
 *   spelling, vowel changes, swapped/missing/extra tokens and abbreviations.
 *   Common tokens (Muhammad, Siti, Nur, Balinese order names) and initials get
 *   no key of their own: alone they would match a large share of a village.
 * - `w:` the skeleton of the whole given name glued together: survives a name
 *   written as one word or two (Nurhayati / Nur Hayati) and covers names made
 *   only of common tokens ("Siti") without keying "siti" for everyone.
 * - `b:` the first two skeleton letters and `e:` the first plus the last two:
 *   one typo (a wrong, extra or missing consonant) leaves at least one intact,
 *   because decideMatch does not forgive typos at the first letter. For a
 *   three-letter skeleton the middle letter is also dropped into a `t:` key, so
 *   Rasimah (rsm) still meets Raimah (rm).
 * At most MAX_KEYS keys: whole and full-token keys first, then edge keys of the
 * longest tokens. `b:` keys are broad (two letters), which costs some extra
 * candidates per lookup; scoring them is microseconds, missing a person is not.
 */
export function matchKeysPrepared(name: PreparedName): string[] {
  const keys: string[] = [];
  const add = (key: string): void => {
    if (keys.length < MAX_KEYS && !keys.includes(key)) keys.push(key);
  };
  const fullGiven = name.given.filter((t) => t.initial === null);
  const base =
    fullGiven.length > 0 ? fullGiven : [...name.given, ...name.father].filter((t) => t.initial === null);
  if (base.length > 0) add('w:' + skeleton(softForm(base.map((t) => t.text).join(''))));
  const distinctive: { token: PreparedToken; skel: string }[] = [];
  for (const token of [...name.given, ...name.father]) {
    if (token.initial !== null || token.common) continue;
    distinctive.push({ token, skel: skeleton(token.soft) });
  }
  for (const d of distinctive) add('t:' + d.skel);
  const longest = distinctive.filter((d) => d.skel.length >= 3).sort((x, y) => y.skel.length - x.skel.length);
  for (const d of longest) {
    if (d.skel.length === 3) add('t:' + d.skel[0] + d.skel.slice(2));
    add('b:' + d.skel.slice(0, 2));
    add('e:' + d.skel[0] + d.skel.slice(-2));
  }
  return keys;
}

export function matchKeys(raw: string): string[] {
  return matchKeysPrepared(prepareName(raw));
}
