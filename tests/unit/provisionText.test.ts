import { provisionText } from '../../client/src/i18n';

// The details panel cites a legal basis's provision ("84(3)" in the data) as each language writes it.

describe('a provision, cited in the interface language', () => {
  it.each([
    ['en', '84(3)', 'article 84, paragraph 3'],
    ['ru', '84(3)', 'статья 84, пункт 3'],
    ['kk', '84(3)', '84-бап, 3-тармақ'],
    ['ru', '46(1)(8)', 'статья 46, пункт 1, подпункт 8'],
    ['kk', '83-1(3)', '83-1-бап, 3-тармақ'],
    ['en', '44(10-1)', 'article 44, paragraph 10-1'],
    ['en', '115', 'article 115'],
  ] as const)('%s: %s is "%s"', (lang, article, expected) => {
    expect(provisionText(article, lang)).toBe(expected);
  });
});
