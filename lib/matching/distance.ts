/**
 * Weighted Damerau–Levenshtein (optimal string alignment) over comparison forms.
 * Costs follow how Indonesian names actually vary: swaps that spelling
 * conventions allow are cheap, keyboard slips cost a little less than a
 * arbitrary change, and letters that are often dropped in writing (h, y, w,
 * vowels) are cheap to insert or delete. Tables are built once; the inner loop
 * only reads typed arrays, so a token pair costs well under a microsecond.
 */

const A = 97;
const SIZE = 26;
// A wrong letter that is neither a neighbouring key nor a spelling variant is
// rarely a slip: Margono/Marjono, Mulyani/Muryani are different people.
const ARBITRARY_SUB_COST = 1.4;
const SUB = new Float64Array(SIZE * SIZE).fill(ARBITRARY_SUB_COST);
const INDEL = new Float64Array(SIZE).fill(1);
const ADJACENT = new Uint8Array(SIZE * SIZE);

export const TRANSPOSE_COST = 0.8;
const KEYBOARD_COST = 0.8;
const FAT_FINGER_COST = 0.7;

const code = (ch: string): number => ch.charCodeAt(0) - A;

function setSub(a: string, b: string, cost: number): void {
  SUB[code(a) * SIZE + code(b)] = cost;
  SUB[code(b) * SIZE + code(a)] = cost;
}

// QWERTY neighbours: a slip onto the next key is a typo, not another name.
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
ROWS.forEach((row, r) => {
  for (let i = 0; i < row.length; i++) {
    const here = row[i] ?? '';
    const near = [
      row[i - 1],
      row[i + 1],
      ROWS[r - 1]?.[i],
      ROWS[r - 1]?.[i + 1],
      ROWS[r + 1]?.[i - 1],
      ROWS[r + 1]?.[i],
    ];
    for (const n of near) {
      if (n === undefined) continue;
      ADJACENT[code(here) * SIZE + code(n)] = 1;
      setSub(here, n, KEYBOARD_COST);
    }
  }
});

// Vowel changes inside a word are mostly transliteration (Rahman/Rohman); the final vowel is checked elsewhere.
for (const a of 'aeiou') for (const b of 'aeiou') if (a !== b) setSub(a, b, 0.6);
setSub('o', 'u', 0.3);
setSub('e', 'i', 0.45);
setSub('a', 'e', 0.5);
setSub('a', 'o', 0.5);
// Consonants written either way for one sound.
setSub('t', 'd', 0.3);
setSub('f', 'p', 0.3);
setSub('p', 'b', 0.5);
setSub('k', 'g', 0.5);
setSub('k', 'h', 0.4);
setSub('k', 'c', 0.4);
setSub('j', 'z', 0.4);
setSub('j', 'y', 0.3);
setSub('i', 'y', 0.3);
setSub('s', 'z', 0.5);
setSub('s', 'c', 0.6);
for (let i = 0; i < SIZE; i++) SUB[i * SIZE + i] = 0;

// An arbitrary consonant dropped or added is a common slip; slightly cheaper than a wrong letter.
INDEL.fill(0.9);
INDEL[code('h')] = 0.3;
INDEL[code('y')] = 0.4;
INDEL[code('w')] = 0.5;
for (const v of 'aeiou') INDEL[code(v)] = 0.7;

export function isKeyboardNeighbour(a: string, b: string): boolean {
  return ADJACENT[code(a) * SIZE + code(b)] === 1;
}

/** Cost of replacing one letter by another (ARBITRARY_SUB_COST for an unexplained change). */
export function substitutionCost(a: string, b: string): number {
  return SUB[code(a) * SIZE + code(b)] ?? ARBITRARY_SUB_COST;
}

const MAX_LEN = 64;
// Scratch buffers reused by every call: the scorer runs millions of times per second.
const codesA = new Int32Array(MAX_LEN);
const codesB = new Int32Array(MAX_LEN);
const indelA = new Float64Array(MAX_LEN);
const indelB = new Float64Array(MAX_LEN);
const rows = new Float64Array(3 * (MAX_LEN + 1));

/**
 * Letter codes and the insertion/deletion cost of each letter of s. A letter
 * next to a keyboard neighbour of itself (Hasaqnah, Riyaznto) is a double key
 * press: cheaper.
 */
function load(s: string, n: number, codes: Int32Array, indel: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i) - A;
    codes[i] = c >= 0 && c < SIZE ? c : 0;
  }
  for (let i = 0; i < n; i++) {
    const c = codes[i] ?? 0;
    let cost = INDEL[c] ?? 1;
    if (cost > FAT_FINGER_COST) {
      const prev = i > 0 ? (codes[i - 1] ?? -1) : -1;
      const next = i + 1 < n ? (codes[i + 1] ?? -1) : -1;
      if ((prev >= 0 && ADJACENT[c * SIZE + prev] === 1) || (next >= 0 && ADJACENT[c * SIZE + next] === 1))
        cost = FAT_FINGER_COST;
    }
    indel[i] = cost;
  }
}

/** Weighted optimal-string-alignment distance between two lower-case a–z strings (first 64 letters). */
export function weightedDistance(a: string, b: string): number {
  const n = Math.min(a.length, MAX_LEN);
  const m = Math.min(b.length, MAX_LEN);
  load(a, n, codesA, indelA);
  load(b, m, codesB, indelB);
  const w = m + 1;
  // Three rolling rows in one buffer: offsets of row i-2, i-1 and i.
  let p2 = 0;
  let p1 = w;
  let cur = 2 * w;
  rows[p1] = 0;
  for (let j = 1; j <= m; j++) rows[p1 + j] = (rows[p1 + j - 1] ?? 0) + (indelB[j - 1] ?? 1);
  for (let i = 1; i <= n; i++) {
    const ca = codesA[i - 1] ?? 0;
    const caPrev = i > 1 ? (codesA[i - 2] ?? -1) : -1;
    const delA = indelA[i - 1] ?? 1;
    const subRow = ca * SIZE;
    rows[cur] = (rows[p1] ?? 0) + delA;
    for (let j = 1; j <= m; j++) {
      const cb = codesB[j - 1] ?? 0;
      let best = (rows[p1 + j - 1] ?? 0) + (SUB[subRow + cb] ?? 1);
      const del = (rows[p1 + j] ?? 0) + delA;
      if (del < best) best = del;
      const ins = (rows[cur + j - 1] ?? 0) + (indelB[j - 1] ?? 1);
      if (ins < best) best = ins;
      if (j > 1 && ca !== cb && caPrev === cb && ca === codesB[j - 2]) {
        const tr = (rows[p2 + j - 2] ?? 0) + TRANSPOSE_COST;
        if (tr < best) best = tr;
      }
      rows[cur + j] = best;
    }
    const spare = p2;
    p2 = p1;
    p1 = cur;
    cur = spare;
  }
  return rows[p1 + m] ?? 0;
}
