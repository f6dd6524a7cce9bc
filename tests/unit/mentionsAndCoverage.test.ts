import { coverageOf, findMentions, loadOntology, sentencesOf } from '../../ontology/src';
import { measureMentionRecall } from '../../ontology/src/mentionSample';

const ontology = loadOntology();
const mentions = findMentions(ontology.entities, ontology.documents);
const mentionsIn = (documentId: string, entityId: string) =>
  mentions.filter((mention) => mention.documentId === documentId && mention.entityId === entityId).map((mention) => mention.text);

describe('mention detection', () => {
  it('finds Kazakh names under their case endings', () => {
    expect(mentionsIn('002_dedaa8bfc38399d5', 'senate')).toEqual(expect.arrayContaining(['Сенаттың']));
    expect(mentionsIn('004_8c3cdfec5533c670', 'supreme-court').length).toBeGreaterThan(0);
  });

  it('gives an overlapping stretch to the longest name: "Бас прокуратура" is the General Prosecutor\'s Office, not the prosecution', () => {
    const gpo = mentions.filter((mention) => mention.entityId === 'general-prosecutors-office');
    expect(gpo.length).toBeGreaterThan(0);
    for (const mention of gpo) {
      expect(mentions.some((other) => other !== mention && other.documentId === mention.documentId && other.start < mention.end && other.end > mention.start)).toBe(false);
    }
  });

  it('points at the words as the document writes them', () => {
    const text = Object.fromEntries(ontology.documents.map((document) => [document.id, document.text]));
    for (const mention of mentions) expect(text[mention.documentId].slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('finds at least 85% of the mentions a person marked in the hand-checked sample', () => {
    const recall = measureMentionRecall(mentions);
    expect(recall.expected).toBeGreaterThanOrEqual(30);
    expect(recall.recall).toBeGreaterThanOrEqual(0.85);
  });
});

describe('coverage of the sources', () => {
  it('splits a document into sentences, not at the dots of a date', () => {
    const sentences = sentencesOf('Заң 21.12.1995ж қабылданды. Президент тағайындайды.Сенат келіседі');
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Заң 21.12.1995ж қабылданды.', 'Президент тағайындайды.', 'Сенат келіседі']);
  });

  it('leaves no sentence that states who appoints, elects, dismisses, consents to, supervises or reports to whom uncited', () => {
    for (const item of coverageOf(ontology)) {
      expect({ document: item.documentId, uncited: item.uncited.map((sentence) => sentence.text) }).toEqual({ document: item.documentId, uncited: [] });
    }
  });
});
