import type cytoscape from 'cytoscape';
import { drawnElements } from '../../client/src/drawnElements';

// What the API answers for a view (kk labels), as the server's toCytoscapeElements builds it.
const answer: cytoscape.ElementsDefinition = {
  nodes: [
    { data: { id: 'parliamentary', label: 'Парламент', kind: 'branch' } },
    { data: { id: 'senate', label: 'Сенат', kind: 'state-body', parent: 'parliamentary' } },
    { data: { id: 'mazhilis', label: 'Мәжіліс', kind: 'state-body', parent: 'parliamentary' } },
    { data: { id: 'president', label: 'Президент', kind: 'office' } },
    { data: { id: 'prosecutor-general', label: 'Бас прокурор', kind: 'office' } },
    { data: { id: 'district-prosecutor', label: 'Аудан прокуроры', kind: 'office' } },
  ],
  edges: [
    { data: { id: 'e1', source: 'president', target: 'prosecutor-general', label: 'тағайындайды' } },
    { data: { id: 'e2', source: 'senate', target: 'prosecutor-general', label: 'келісім береді' } },
    { data: { id: 'e3', source: 'prosecutor-general', target: 'district-prosecutor', label: 'тағайындайды' } },
    { data: { id: 'e4', source: 'president', target: 'mazhilis', label: 'таратады' } },
  ],
};

const labels = (elements: cytoscape.ElementsDefinition) =>
  Object.fromEntries([...(elements.nodes ?? []), ...(elements.edges ?? [])].map((element) => [element.data.id, element.data.label]));
const ids = (elements: cytoscape.ElementsDefinition) =>
  [...(elements.nodes ?? []), ...(elements.edges ?? [])].map((element) => element.data.id);

describe('drawnElements: what the explorer and the embed draw of an answer', () => {
  it('writes the labels of entities AND relations in Latin letters for kk-latn, leaving the answer as it was', () => {
    const drawn = labels(drawnElements(answer, { labelLang: 'kk-latn' }));
    expect(drawn).toMatchObject({ senate: 'Senat', 'prosecutor-general': 'Bas prokuror', e1: 'tağaiyndaidy', e2: 'kelısım beredı' });
    expect(answer.edges![0].data.label).toBe('тағайындайды');
  });

  it('keeps the labels as the API wrote them in any other language', () => {
    expect(labels(drawnElements(answer, { labelLang: 'kk' }))).toEqual(labels(answer));
  });

  it('with a focus, draws what lies within `depth` steps of it, and the groups its entities sit in', () => {
    expect(ids(drawnElements(answer, { labelLang: 'ru', focus: 'senate' })).sort()).toEqual(
      ['e2', 'parliamentary', 'prosecutor-general', 'senate'].sort(),
    );
    expect(ids(drawnElements(answer, { labelLang: 'ru', focus: 'senate', depth: 2 })).sort()).toEqual(
      ['e1', 'e2', 'e3', 'parliamentary', 'president', 'prosecutor-general', 'senate', 'district-prosecutor'].sort(),
    );
    expect(ids(drawnElements(answer, { labelLang: 'ru', focus: 'not-in-this-graph' }))).toEqual(ids(answer));
  });
});
