import { describe, expect, it } from 'vitest';
import { phoneticKey } from '@/lib/matching';
import { softForm } from '@/lib/matching/phonetic';

describe('softForm', () => {
  it.each([
    ['akhmad', 'ahmad'],
    ['khairul', 'kairul'],
    ['syaiful', 'saiful'],
    ['sulaeman', 'sulaiman'],
    ['mulyadi', 'muliadi'],
    ['supriyadi', 'supriadi'],
    ['hariyanto', 'harianto'],
    ['yanty', 'yanti'],
    ['aminah', 'amina'],
    ['dzulkifli', 'zulkifli'],
    ['thohir', 'tohir'],
    ['tsabit', 'sabit'],
    ['taufiq', 'taufik'],
    ['soleh', 'sale'],
    ['ratna', 'ratna'],
    ['ratni', 'ratni'],
  ])('soft form of %s is %s', (token, expected) => expect(softForm(token)).toBe(expected));
});

describe('phoneticKey', () => {
  it.each([
    ['Soeparno', 'Suparno'],
    ['Djoko', 'Joko'],
    ['Tjahjono', 'Cahyono'],
    ['Achmad', 'Ahmad'],
    ['Rahman', 'Rohman'],
    ['Yusuf', 'Jusuf'],
    ['Fitri', 'Pitri'],
    ['Zulkifli', 'Julkifli'],
    ['Khairul', 'Hairul'],
    ['Christian', 'Kristian'],
    ['Rahmat', 'Rahmad'],
    ['Iskandar', 'Eskandar'],
  ])('%s and %s share a key', (a, b) => expect(phoneticKey(a)).toBe(phoneticKey(b)));

  it.each([
    ['Hadi', 'Sadi'],
    ['Salim', 'Halim'],
    ['Budi', 'Dudi'],
  ])('%s and %s keep different keys', (a, b) => expect(phoneticKey(a)).not.toBe(phoneticKey(b)));
});
