/**
 * Word lists the matcher relies on. Kept apart from the algorithms because they
 * change for a different reason: field feedback about names, not code.
 */

/** Titles dropped wherever they appear, dotted or not: none of them is also a given name. */
export const STRONG_TITLES: ReadonlySet<string> = new Set([
  'hj',
  'hjh',
  'hajjah',
  'hajah',
  'drs',
  'dra',
  'drg',
  'prof',
  'ir',
  'dr',
  'kh',
  'ustadz',
  'ustaz',
  'ustadzah',
  'ustazah',
  'bpk',
  'sdr',
  'sdri',
  'almh',
  'almarhum',
  'almarhumah',
  'spd',
  'spdi',
  'spdsd',
  'sag',
  'skom',
  'amd',
  'amdkeb',
  'amdkep',
  'amdkes',
  'mpd',
  'msi',
  'mag',
  'mkes',
  'mkom',
  'skm',
  'ssos',
  'sip',
  'ssi',
  'skep',
  'sked',
  'sfarm',
  'sthi',
  'sei',
  'spsi',
  'shi',
  'stp',
  'spt',
  'sth',
  'ssy',
  'sst',
  'skes',
  'sikom',
  'mba',
  'phd',
  'bsc',
]);

/**
 * Titles that are also plausible name fragments ("Se", "Ma", "Tn"), so they are
 * dropped only when written with a dot or after a comma, where degrees sit on a KTP.
 */
export const WEAK_TITLES: ReadonlySet<string> = new Set([
  'h',
  'haji',
  'se',
  'sh',
  'st',
  'mm',
  'mh',
  'mt',
  'ma',
  'ba',
  'ak',
  'ns',
  'lc',
  'apt',
  'tn',
  'ny',
  'nn',
  'alm',
  'ibu',
  'bapak',
  'ust',
  'sp',
  'mp',
  'msc',
  'ssn',
  'sn',
]);

/** "H"/"Haji"/"Hajjah" lead a name on many records without a dot; only then are they titles. */
export const LEADING_TITLES: ReadonlySet<string> = new Set(['h', 'hj', 'haji', 'hajjah', 'hajah']);

/** Spellings of Muhammad after old-spelling conversion and doubled-letter collapse. */
export const MUHAMMAD_FORMS: ReadonlySet<string> = new Set([
  'muhamad',
  'mohamad',
  'mokhamad',
  'mukhamad',
  'muhamed',
  'mohamed',
  'mohd',
  'moh',
  'mokh',
  'muh',
  'mhd',
  'muhd',
  'mokhd',
  'mohamat',
  'muhamat',
  'mukhamat',
  'mokhamat',
  'muhammad',
]);

export const MUHAMMAD = 'muhammad';
export const ABDUL = 'abdul';

/** Markers that put the father's name after them. */
export const BIN_FORMS: ReadonlyMap<string, 'bin' | 'binti'> = new Map([
  ['bin', 'bin'],
  ['binti', 'binti'],
  ['bint', 'binti'],
  ['binte', 'binti'],
  ['bte', 'binti'],
  ['bt', 'binti'],
]);

/**
 * Birth-order names (Javanese ordinals, Balinese order names). Two different ones
 * name different siblings, however close the spelling ("Eka"/"Eko" aside).
 */
export const BIRTH_ORDER_NAMES: ReadonlySet<string> = new Set([
  'eka',
  'dwi',
  'tri',
  'catur',
  'panca',
  'sapta',
  'asta',
  'nawa',
  'dasa',
  'wayan',
  'putu',
  'gede',
  'made',
  'kadek',
  'nengah',
  'nyoman',
  'komang',
  'ketut',
]);

/** Gender markers of Balinese names: "I" (male) and "Ni" (female) never stand for each other. */
export const GENDER_MARKERS: ReadonlySet<string> = new Set(['i', 'ni']);

/**
 * Tokens so frequent in a village that matching them alone says nothing about
 * identity; they never make a key on their own and never carry a match alone.
 */
export const COMMON_TOKENS: ReadonlySet<string> = new Set([
  'muhammad',
  'siti',
  'nur',
  'sri',
  'abdul',
  'ahmad',
  'dewi',
  'i',
  'ni',
  'bin',
  'binti',
  'wayan',
  'putu',
  'gede',
  'made',
  'kadek',
  'nengah',
  'nyoman',
  'komang',
  'ketut',
  'gusti',
  'ayu',
  'ida',
  'bagus',
  'anak',
  'agung',
  'ngurah',
  'luh',
  'eka',
  'dwi',
  'tri',
  'raden',
  'andi',
]);

/**
 * Words that mark descent or rank rather than name the person: Batak br/boru
 * ("daughter of" before the marga), Buton La Ode / Wa Ode, Bugis-Makassar Daeng.
 * Where they occur, a large share of a village carries them, so blocking keys
 * never rest on them; matching still compares them like any other token.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['br', 'boru', 'la', 'wa', 'ode', 'daeng']);
