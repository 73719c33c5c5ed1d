import { alignWithMerges, type Alignment } from './align';
import { prepareName, type PreparedName } from './prepare';
import type { PreparedToken } from './tokens';

/**
 * exact: equal after normalisation; data may be shown without further questions.
 * probable: likely the same person; show nothing until a confirming fact (full date of birth) matches.
 * none: a different person, or too little in common to ask.
 */
export type MatchDecision = { kind: 'exact' | 'probable' | 'none'; score: number; reason: string };

const MAX_TYPOS = 2;
const MAX_UNMATCHED = 2;

type PartVerdict = { ok: true; notes: string[]; cost: number } | { ok: false; reason: string };

const quote = (tokens: PreparedToken[]): string => tokens.map((t) => `'${t.text}'`).join(', ');

function none(reason: string, score = 0.2): MatchDecision {
  return { kind: 'none', score, reason };
}

/** Judges one aligned part of a name (the whole name, or the part before or after bin). */
function judgePart(al: Alignment, label: string, requireSolid: boolean): PartVerdict {
  if (al.unmatchedA.length > 0 && al.unmatchedB.length > 0) {
    if (al.distinct !== null) return { ok: false, reason: al.distinct.note };
    return {
      ok: false,
      reason: `${label}different names: ${quote(al.unmatchedA)} vs ${quote(al.unmatchedB)}`,
    };
  }
  if (al.pairs.length === 0) return { ok: false, reason: `${label}no name in common` };
  const notes: string[] = [];
  let cost = 0;
  let solid = 0;
  let typos = 0;
  for (const p of al.pairs) {
    cost += p.cmp.cost;
    if (p.cmp.relation === 'typo') typos++;
    if (p.cmp.relation !== 'initial' && !p.a.common) solid++;
    if (p.cmp.note !== '') notes.push(p.cmp.note);
  }
  const unmatched = al.unmatchedA.length + al.unmatchedB.length;
  if (requireSolid && solid === 0 && unmatched > 0) {
    return {
      ok: false,
      reason: `${label}only common names or initials match (${al.pairs.map((p) => `'${p.a.text}'`).join(', ')})`,
    };
  }
  if (typos > MAX_TYPOS) return { ok: false, reason: `${label}too many tokens differ by typos` };
  if (unmatched > MAX_UNMATCHED) return { ok: false, reason: `${label}too many tokens missing` };
  if (al.merged) notes.push(`${label}a name is written as one word in one record and two in the other`);
  const ordered = [...al.pairs].sort((x, y) => x.ai - y.ai);
  if (ordered.some((p, i) => i > 0 && p.bi < (ordered[i - 1]?.bi ?? 0)))
    notes.push(`${label}token order differs`);
  if (al.unmatchedA.length > 0) notes.push(`${label}${quote(al.unmatchedA)} only in the registered name`);
  if (al.unmatchedB.length > 0) notes.push(`${label}${quote(al.unmatchedB)} only in the typed name`);
  return { ok: true, notes, cost: cost + 0.5 * unmatched };
}

function exactReason(reg: PreparedName, qry: PreparedName): string {
  if (reg.folded === qry.folded) return 'identical name';
  const notes = [...new Set([...reg.notes, ...qry.notes])];
  if (notes.length === 0) return 'same name after normalising case, spacing and punctuation';
  const titles = notes.filter((n) => n.startsWith('title ')).map((n) => n.slice('title '.length));
  const others = notes.filter((n) => !n.startsWith('title '));
  const parts = titles.length > 0 ? [`removing title ${titles.join(', ')}`, ...others] : others;
  return `same name after ${parts.slice(0, 4).join('; ')}`;
}

function fullyMatched(a: PreparedToken[], b: PreparedToken[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const al = alignWithMerges(a, b);
  return al.unmatchedA.length === 0 && al.unmatchedB.length === 0;
}

/** decideMatch on names already prepared with prepareName: the hot path of a lookup. */
export function decidePrepared(reg: PreparedName, qry: PreparedName): MatchDecision {
  if (reg.tokens.length === 0 || qry.tokens.length === 0) return none('an empty name matches nothing', 0);
  if (reg.text === qry.text) {
    if (reg.initialMuhammad === qry.initialMuhammad)
      return { kind: 'exact', score: 1, reason: exactReason(reg, qry) };
    return { kind: 'probable', score: 0.9, reason: "same name if the initial 'M.' stands for Muhammad" };
  }
  const notes: string[] = [];
  let cost = 0;
  if (reg.marker !== null && qry.marker !== null) {
    if (fullyMatched(reg.given, qry.father) && fullyMatched(reg.father, qry.given)) {
      return none("names swapped around 'bin' — likely father and child");
    }
    const given = judgePart(alignWithMerges(reg.given, qry.given), '', true);
    if (!given.ok) return none(given.reason);
    const father = judgePart(alignWithMerges(reg.father, qry.father), "after 'bin': ", false);
    if (!father.ok) return none(`different father — ${father.reason}`);
    notes.push(...given.notes, ...father.notes);
    cost = given.cost + father.cost;
    if (reg.marker !== qry.marker) notes.push(`'${reg.marker}' vs '${qry.marker}'`);
  } else {
    const whole = judgePart(
      alignWithMerges([...reg.given, ...reg.father], [...qry.given, ...qry.father]),
      '',
      true,
    );
    if (!whole.ok) return none(whole.reason);
    notes.push(...whole.notes);
    cost = whole.cost;
    if (reg.marker !== qry.marker) notes.push("'bin/binti' written in one name only");
  }
  if (notes.length === 0) notes.push('same tokens after normalisation');
  const score = Math.max(0.5, Math.min(0.95, 0.95 - 0.1 * cost));
  return { kind: 'probable', score: Math.round(score * 100) / 100, reason: notes.slice(0, 3).join('; ') };
}

/** Decides whether a typed name (query) designates the registered person. */
export function decideMatch(registered: string, query: string): MatchDecision {
  return decidePrepared(prepareName(registered), prepareName(query));
}
