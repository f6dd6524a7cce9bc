import { readFileSync } from 'node:fs';
import path from 'node:path';
import { foldCase, foldForSearch, locateQuote, normaliseText, normaliseWithOffsets } from '../../ontology/src';

const documentText = (id: string) => readFileSync(path.resolve(__dirname, '../../ontology/documents', `${id}.txt`), 'utf8');

describe('normaliseText', () => {
  it('maps the lookalike letters of the seeds to standard Kazakh Cyrillic', () => {
    expect(normaliseText('Тəуелсіз Əділет')).toBe('Тәуелсіз Әділет');
    expect(normaliseText('ӛзге қҧқықтық тҥрі Ӛ Ҥ')).toBe('өзге құқықтық түрі Ө Ү');
  });

  it('reads a Latin i inside a Cyrillic word as the Kazakh і', () => {
    expect(normaliseText('қызметiнiң')).toBe('қызметінің');
    expect(normaliseText('iPhone and IT')).toBe('iPhone and IT');
  });

  it('folds every run of white space, the bullet character included, into one space', () => {
    expect(normaliseText('  Бас\t\tпрокурор \n\n \uF0B7 Сенат  ')).toBe('Бас прокурор Сенат');
  });

  it('joins a word hyphenated across a line break and keeps its hyphen', () => {
    expect(normaliseText('Конституцияның 83-\nбабындағы')).toBe('Конституцияның 83-бабындағы');
    expect(normaliseText('сондай- ақ')).toBe('сондай- ақ');
  });

  it('puts text in NFC', () => {
    expect(normaliseText('и\u0306')).toBe('й');
  });
});

describe('locateQuote', () => {
  it('finds a quote written across a hyphenated line break in document 001 and gives its offsets in the original', () => {
    const original = documentText('001_958101098035e423');
    const location = locateQuote(normaliseWithOffsets(original), 'Конституцияның 83-бабындағы');
    expect(location).not.toBeNull();
    expect(original.slice(location!.start, location!.end)).toBe('Конституцияның 83-\nбабындағы');
  });

  it('finds a quote typed with standard letters in document 003, whose font map is broken', () => {
    const original = documentText('003_dfe84e19ef9f457d');
    const location = locateQuote(normaliseWithOffsets(original), 'өзге нормативтік құқықтық актілердің');
    expect(location).not.toBeNull();
    expect(original.slice(location!.start, location!.end)).toContain('ӛзге');
  });

  it('refuses a quote with a corrected spelling: typos are part of the sources', () => {
    const original = normaliseWithOffsets(documentText('002_dedaa8bfc38399d5'));
    expect(locateQuote(original, 'принцитптерi')).not.toBeNull();
    expect(locateQuote(original, 'принциптері, құрылымы мен функцияларын белгiлейдi')).toBeNull();
  });
});

describe('foldForSearch', () => {
  it('ignores case, lookalike letters and spacing', () => {
    expect(foldForSearch('  ТƏУЕЛСІЗ  ')).toBe(foldForSearch('тәуелсіз'));
  });

  it('writes Cyrillic, the 2021 Latin alphabet and the informal Latin spellings alike', () => {
    expect(foldForSearch('Бас прокурор')).toBe('bas prokuror');
    expect(foldForSearch('Bas Prokuror')).toBe('bas prokuror');
    for (const typed of ['Мәжіліс', 'Mäjılıs', 'Mäjilis', 'Májilis', 'Mazhilis', 'Majilis']) expect(foldForSearch(typed)).toBe('mazhilis');
    for (const typed of ['Сенат', 'Senat', 'SENAT']) expect(foldForSearch(typed)).toBe('senat');
    for (const typed of ['Шағын', 'Şağyn', 'Shaghyn', 'Shagyn']) expect(foldForSearch(typed)).toBe('shagyn');
    for (const typed of ['Ұлттық Құрылтай', 'Ūlttyq Qūryltai', 'Ulttyk Kuryltai']) expect(foldForSearch(typed)).toBe('ulttyk kuryltai');
    for (const typed of ['Әкім', 'Äkım', 'Akim']) expect(foldForSearch(typed)).toBe('akim');
    for (const typed of ['Үкімет', 'Ükımet', 'Úkimet', 'Ukimet']) expect(foldForSearch(typed)).toBe('ukimet');
    for (const typed of ['Төраға', 'Töräğa', 'Tóraǵa', 'Toragha']) expect(foldForSearch(typed)).toBe('toraga');
    for (const typed of ['Кеңес', 'Keñes', 'Keńes', 'Kenes']) expect(foldForSearch(typed)).toBe('kenes');
    for (const typed of ['Конституция', 'Konstitusiia', 'Konstitutsiya', 'Konstitutsiia'])
      expect(foldForSearch(typed)).toBe('konstitusiia');
    for (const typed of ['Hatşy', 'Khatshy', 'HATSHY']) expect(foldForSearch(typed)).toBe(foldForSearch('Хатшы'));
  });

  it('keeps what is not a letter, so that names and words split where they did', () => {
    expect(foldForSearch('«Сенат» | Вице-президент, 81-1')).toBe('«senat» | vise-prezident, 81-1');
  });
});

describe('foldCase', () => {
  it('folds case and lookalikes but keeps the script and the length: mention offsets count on it', () => {
    expect(foldCase('  МƏЖIЛIС  ')).toBe('мәжіліс');
    expect(foldCase('Бас прокурор')).toHaveLength('Бас прокурор'.length);
  });
});
