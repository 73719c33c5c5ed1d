import { describe, expect, it } from 'vitest';
import { normalizeName } from '@/lib/matching';
import { normalizeParts } from '@/lib/matching/normalize';

describe('normalizeName', () => {
  it.each([
    // examples from the brief
    ['Drs. H. Moch. Soebagio', 'muhammad subagio'],
    ['Hj. Noerlela', 'nurlela'],
    // case, whitespace, punctuation, diacritics
    ['  BUDI   santoso ', 'budi santoso'],
    ['Siti-Aminah', 'siti aminah'],
    ["Ma'ruf Amin", 'maruf amin'],
    ['Rénata Dévi', 'renata devi'],
    ['Budi Santoso 2', 'budi santoso'],
    // titles and degrees, anywhere
    ['Budi Santoso, S.Pd., M.Pd.', 'budi santoso'],
    ['Ir. Joko Widodo', 'joko widodo'],
    ['Prof. Dr. Bambang Purnomo', 'bambang purnomo'],
    ['K.H. Hasyim Muzadi', 'hasyim muzadi'],
    ['dr. Andreas Tambunan', 'andreas tambunan'],
    ['Rini Astuti, A.Md.', 'rini astuti'],
    ['Rini Astuti Amd', 'rini astuti'],
    ['Suharyono, S.Kom.', 'suharyono'],
    ['Agus Wijaya, SE', 'agus wijaya'],
    ['Nurul Huda S.Ag.', 'nurul huda'],
    ['Hajjah Fatimah', 'fatimah'],
    ['H Ahmad Dahlan', 'ahmad dahlan'],
    ['H.Ahmad Dahlan', 'ahmad dahlan'],
    // weak titles stay when undotted inside a name: "Se" could be a name
    ['Tan Se Hong', 'tan se hong'],
    // a lone "Haji" is a name, not a title
    ['Haji', 'haji'],
    // old spelling
    ['Soeparno', 'suparno'],
    ['Djoko Soesilo', 'joko susilo'],
    ['Tjahjono', 'cahyono'],
    ['Soejono', 'suyono'],
    ['Soedjatmiko', 'sujatmiko'],
    ['Sjahrir', 'syahrir'],
    ['Tjoet Nja Dien', 'cut nya dien'],
    ['Choirul Anam', 'khoirul anam'],
    // j and nj stay in modern spelling
    ['Panji Anjani', 'panji anjani'],
    // doubled letters collapse
    ['Saadah', 'sadah'],
    ['Jamaluddin', 'jamaludin'],
    // Muhammad and Abdul abbreviations
    ['Moch. Ridwan', 'muhammad ridwan'],
    ['Mochammad Ridwan', 'muhammad ridwan'],
    ['Mohamad Ridwan', 'muhammad ridwan'],
    ['Muh. Ridwan', 'muhammad ridwan'],
    ['Mhd. Ridwan', 'muhammad ridwan'],
    ['M. Ridwan', 'muhammad ridwan'],
    ['Abd. Rahman', 'abdul rahman'],
    ['Abdurrahman', 'abdul rahman'],
    ['Abdullatif', 'abdul latif'],
    ['Abdulaziz', 'abdul aziz'],
    ['Abdullah', 'abdulah'],
    // bin / binti kept as a marker token
    ['Ahmad bin Yusuf', 'ahmad bin yusuf'],
    ['Siti bt. Ahmad', 'siti binti ahmad'],
    ['Siti binte Ahmad', 'siti binti ahmad'],
  ])('normalises %s', (raw, expected) => expect(normalizeName(raw).text).toBe(expected));

  it('keeps tokens in step with text', () => {
    expect(normalizeName('Drs. H. Moch. Soebagio').tokens).toEqual(['muhammad', 'subagio']);
  });

  it.each([
    ['Ahmad bin Yusuf', ['ahmad'], ['yusuf'], 'bin'],
    ['Fatimah binti Abdul Rahman', ['fatimah'], ['abdul', 'rahman'], 'binti'],
    ['Bin Laden', ['bin', 'laden'], [], null],
  ])('splits %s at bin/binti', (raw, given, father, marker) => {
    const parts = normalizeParts(raw);
    expect(parts.given).toEqual(given);
    expect(parts.father).toEqual(father);
    expect(parts.marker).toBe(marker);
  });

  it('flags a leading M. read as Muhammad', () => {
    expect(normalizeParts('M. Yusuf').initialMuhammad).toBe(0);
    expect(normalizeParts('Muhammad Yusuf').initialMuhammad).toBe(-1);
  });
});
