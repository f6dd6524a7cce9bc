import { loadOntology } from '../../ontology/src';
import { normaliseText } from '../../ontology/src/normalise';
import { CONSTITUTION_TEXTS, provisionText } from '../support/constitutionText';

/**
 * Every fact that rests on a Constitution cites the provision (article, paragraph, subparagraph)
 * and quotes its words; the quote must stand, after the project's normaliser, in that very
 * provision of the full text in ../shared/reference/.
 */
const ontology = loadOntology();
const constitutional = [...ontology.entities, ...ontology.relations.filter((relation) => !relation.derivedFrom)].flatMap((item) =>
  item.sources.flatMap((source) => (source.kind === 'legal-basis' && CONSTITUTION_TEXTS[source.act] ? [{ id: item.id, ...source }] : [])),
);

describe('constitutional legal bases', () => {
  it('there are some, in both Constitutions', () => {
    expect(new Set(constitutional.map((source) => source.act))).toEqual(new Set(Object.keys(CONSTITUTION_TEXTS)));
  });

  it('each quotes the words of the provision it cites, verbatim', () => {
    const wrong = constitutional.flatMap((source) => {
      const provision = provisionText(source.act, source.article);
      const where = `${source.id}: ${source.act} art. ${source.article}`;
      if (!provision) return [`${where}: no such provision in the text`];
      if (!source.wording) return [`${where}: no wording quoted`];
      if (!provision.includes(normaliseText(source.wording)))
        return [`${where}: "${source.wording.slice(0, 90)}" is not in that provision`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('the official text of each Constitution is linked', () => {
    for (const act of Object.keys(CONSTITUTION_TEXTS)) {
      expect(ontology.entities.find((entity) => entity.id === act)?.officialText).toMatch(/^https:\/\/adilet\.zan\.kz\//);
    }
  });

  it('no fact cites constitution.my, whose pages contradict the text', () => {
    const citing = [...ontology.entities, ...ontology.relations].filter((item) =>
      item.sources.some((source) => source.kind === 'reference' && source.url.includes('constitution.my')),
    );
    expect(citing.map((item) => item.id)).toEqual([]);
  });
});

describe('provisionText, the cutter the check above relies on', () => {
  it('finds a paragraph of the 2026 text and a subparagraph of an article without paragraphs in 1995', () => {
    expect(provisionText('constitution-2026', '84(3)')).toMatch(
      /^3\. Генеральный Прокурор назначается Президентом Республики Казахстан\. Срок полномочий Генерального Прокурора – шесть лет\. Одно и то же лицо/,
    );
    expect(provisionText('constitution-1995', '44(4)')).toMatch(
      /^4\) с согласия Сената Парламента назначает на должности Председателя Конституционного Суда/,
    );
    expect(provisionText('constitution-1995', '44(4)')).not.toContain('5) образует');
    expect(provisionText('constitution-1995', '83-1(3)')).toContain('без согласия Сената');
    expect(provisionText('constitution-2026', '84(9)')).toBeNull();
    expect(provisionText('constitution-2026', '97')).toBeNull();
  });
});
