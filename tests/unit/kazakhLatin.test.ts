import { KAZAKH_LATIN_2021, toKazakhLatin } from '../../ontology/src/kazakhLatin';

// The 31 letters of the alphabet presented in January 2021, capitals and small letters.
const LATIN_2021 = 'AÄBDEFGĞHIİJKLMNÑOÖPQRSŞTUŪÜVYZ' + 'aäbdefgğhıijklmnñoöpqrsştuūüvyz';
const KAZAKH_CYRILLIC = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';

describe('toKazakhLatin', () => {
  it.each([
    ['Қазақстан Республикасының Президенті', 'Qazaqstan Respublikasynyñ Prezidentı'],
    ['Бас прокурор', 'Bas prokuror'],
    ['Мәжіліс', 'Mäjılıs'],
    ['Сенат', 'Senat'],
    ['Жоғарғы Сот', 'Joğarğy Sot'],
    ['Құрылтай', 'Qūryltai'],
    ['Үкімет', 'Ükımet'],
    ['Конституциялық Кеңес', 'Konstitusiialyq Keñes'],
    ['Халық Кеңесі', 'Halyq Keñesı'],
  ])('writes the institution name %s as %s', (cyrillic, latin) => {
    expect(toKazakhLatin(cyrillic)).toBe(latin);
  });

  it('keeps the case of whole words and of their first letter', () => {
    expect(toKazakhLatin('ҚАЗАҚСТАН')).toBe('QAZAQSTAN');
    expect(toKazakhLatin('Астана')).toBe('Astana');
    expect(toKazakhLatin('астана')).toBe('astana');
    expect(toKazakhLatin('ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ПРЕЗИДЕНТІ')).toBe('QAZAQSTAN RESPUBLİKASYNYÑ PREZİDENTI');
  });

  it('gives і the dotless ı and и/й the dotted i, in both cases', () => {
    expect(toKazakhLatin('Іле ілім')).toBe('Ile ılım');
    expect(toKazakhLatin('Ий ий ИЙ')).toBe('İi ii İİ');
    expect(toKazakhLatin('Құрылтай ҚҰРЫЛТАЙ')).toBe('Qūryltai QŪRYLTAİ');
  });

  it('leaves digits, punctuation and spaces where they are', () => {
    expect(toKazakhLatin('Конституцияның 83-бабы, 2-тармағы (1995 ж.)!')).toBe('Konstitusiianyñ 83-baby, 2-tarmağy (1995 j.)!');
    expect(toKazakhLatin('«Сенат» — 50 депутат; 2026/03/15')).toBe('«Senat» — 50 deputat; 2026/03/15');
  });

  it('reads the lookalike ə/Ə of the sources as ә/Ә', () => {
    expect(toKazakhLatin('Мəжіліс')).toBe('Mäjılıs');
    expect(toKazakhLatin('Əділет МƏЖІЛІС')).toBe('Ädılet MÄJILIS');
    expect(toKazakhLatin('Мəжіліс')).toBe(toKazakhLatin('Мәжіліс'));
  });

  it('reads a Latin i typed inside a Cyrillic word as the Kazakh і', () => {
    expect(toKazakhLatin('қызметiнiң')).toBe('qyzmetınıñ');
    expect(toKazakhLatin('Кеңесi')).toBe(toKazakhLatin('Кеңесі'));
  });

  it('passes Latin text, already-Latin Kazakh and other scripts through unchanged', () => {
    for (const text of [
      'Supreme Court of the Republic of Kazakhstan, art. 83(2)',
      'iPhone and IT',
      'Qazaqstan Respublikasynyñ Prezidentı',
      'İasaui, Ūlytau, Öskemen',
      'قازاقستان',
      'Ελλάδα 中文',
      '',
    ]) {
      expect(toKazakhLatin(text)).toBe(text);
    }
  });

  it('writes ё, ю, я as io, iu, ia where they carry a [j], and as ö, ü, ä after a consonant', () => {
    expect(toKazakhLatin('қоян')).toBe('qoian');
    expect(toKazakhLatin('аю')).toBe('aiu');
    expect(toKazakhLatin('Ясауи')).toBe('İasaui');
    expect(toKazakhLatin('Юрий ЮРИЙ')).toBe('İurii İURİİ');
    expect(toKazakhLatin('Ёлка ЁЛКА')).toBe('İolka İOLKA');
    expect(toKazakhLatin('актёр')).toBe('aktör');
    expect(toKazakhLatin('заряд ЗАРЯД')).toBe('zaräd ZARÄD');
    expect(toKazakhLatin('сюрреализм')).toBe('sürrealizm');
    expect(toKazakhLatin('Я')).toBe('İa');
  });

  it('writes the loan letters ц, ч, щ, э, ъ, ь as the 2021 rules say', () => {
    expect(toKazakhLatin('цемент цех')).toBe('sement seh');
    expect(toKazakhLatin('чек')).toBe('şek');
    expect(toKazakhLatin('Электр')).toBe('Elektr');
    expect(toKazakhLatin('объект, пьеса, бульон')).toBe('obekt, pesa, bulon');
    expect(toKazakhLatin('училище')).toBe('uşilişe');
  });

  it('doubles щ only in the native ащы, тұщы, кеще', () => {
    expect(toKazakhLatin('ащы тұщы кеще')).toBe('aşşy tūşşy keşşe');
    expect(toKazakhLatin('АЩЫ Ащылау')).toBe('AŞŞY Aşşylau');
    expect(toKazakhLatin('щётка')).toBe('şötka');
  });

  it('writes every Kazakh Cyrillic letter, small or capital, with letters of the 2021 alphabet only', () => {
    for (const small of KAZAKH_CYRILLIC) {
      for (const letter of [small, small.toUpperCase()]) {
        const latin = toKazakhLatin(letter);
        expect([letter, Array.from(latin).every((char) => LATIN_2021.includes(char))]).toEqual([letter, true]);
        if (!'ъь'.includes(small)) expect([letter, latin.length]).not.toEqual([letter, 0]);
      }
    }
  });

  it('has a table entry for each of the 42 letters of the Kazakh Cyrillic alphabet', () => {
    expect(Object.keys(KAZAKH_LATIN_2021).sort()).toEqual(Array.from(KAZAKH_CYRILLIC).sort());
    expect(KAZAKH_LATIN_2021['ң']).toBe('ñ');
    expect(KAZAKH_LATIN_2021['ұ']).toBe('ū');
    expect(KAZAKH_LATIN_2021['і']).toBe('ı');
    expect(KAZAKH_LATIN_2021['и']).toBe('i');
  });
});
