import cytoscape from 'cytoscape';
import { toCytoscapeElements } from '../../server/src/graph/elements';
import type { EntityRecord, RelationRecord } from '../../server/src/graph/graph.records';
import { relationRecord } from '../support/records';

const entity = (id: string, kind: string, branchId: string | null = null): EntityRecord => ({
  id,
  kind,
  branchId,
  level: null,
  names: { kk: `${id}-kk`, ru: `${id}-ru`, en: `${id}-en` },
  aliases: { kk: [], ru: [], en: [] },
  descriptions: { kk: null, ru: null, en: null },
  validFrom: '1995-01-01',
  validTo: null,
  notes: null,
  officialText: null,
  sources: [],
});

const relation = (id: string, type: string, fromId: string, toId: string, derivedFrom: string | null = null): RelationRecord =>
  relationRecord({ id, type, fromId, toId, derivedFrom });

describe('toCytoscapeElements', () => {
  const entities = [
    entity('presidential', 'branch'),
    entity('prosecutorial', 'branch'),
    entity('president', 'office', 'presidential'),
    entity('prosecutor-general', 'office', 'prosecutorial'),
    entity('constitution-1995', 'legal-act'),
  ];
  const relations = [
    relation('appoints-pg', 'appoints', 'president', 'prosecutor-general'),
    relation('pg-reports', 'reports-to', 'prosecutor-general', 'president'),
    relation('dangling', 'heads', 'prosecutor-general', 'not-in-this-view'),
  ];

  it('gives Cytoscape a graph it can load, with branches as compound groups', () => {
    const elements = toCytoscapeElements(entities, relations, (type, lang) => `${type}@${lang}`, 'ru');
    const cy = cytoscape({ headless: true, elements });
    expect(cy.nodes()).toHaveLength(5);
    expect(cy.getElementById('presidential').isParent()).toBe(true);
    expect(
      cy
        .getElementById('president')
        .parent()
        .map((node) => node.id()),
    ).toEqual(['presidential']);
    expect(cy.getElementById('constitution-1995').isOrphan()).toBe(true);
    expect(cy.getElementById('prosecutor-general').data('label')).toBe('prosecutor-general-ru');
  });

  it('labels edges in the asked language and drops edges whose ends are not in view', () => {
    const elements = toCytoscapeElements(entities, relations, (type, lang) => `${type}@${lang}`, 'kk');
    const cy = cytoscape({ headless: true, elements });
    expect(
      cy
        .edges()
        .map((edge) => edge.id())
        .sort(),
    ).toEqual(['appoints-pg', 'pg-reports']);
    const appoints = cy.getElementById('appoints-pg') as cytoscape.EdgeSingular;
    expect(appoints.source().map((node) => node.id())).toEqual(['president']);
    expect(appoints.data('label')).toBe('appoints@kk');
    expect(appoints.hasClass('appoints')).toBe(true);
  });
});
