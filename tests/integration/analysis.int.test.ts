import { loadOntology } from '../../ontology/src';
import { loadConfig } from '../../server/src/config';
import { postGraphQL, startTestApp, type RunningApp } from '../support/testApp';

const ontology = loadOntology();
const limits = loadConfig({}).limits;
const holdsOn = (item: { validFrom: string; validTo?: string }, date: string) =>
  item.validFrom <= date && (!item.validTo || date <= item.validTo);
const entity = (id: string) => ontology.entities.find((candidate) => candidate.id === id)!;
const relationsOn = (date: string) =>
  ontology.relations.filter(
    (relation) => holdsOn(relation, date) && holdsOn(entity(relation.from), date) && holdsOn(entity(relation.to), date),
  );

interface RelationAnswer {
  id: string;
  type: string;
  from: { id: string };
  to: { id: string };
}

interface PathAnswer {
  length: number;
  steps: { forward: boolean; relation: RelationAnswer }[];
  explanation: string[];
}

interface SubgraphAnswer {
  asOf: string;
  nodes: { id: string }[];
  relations: RelationAnswer[];
  elements: { nodes: { data: { id: string; label: string } }[]; edges: { data: { source: string; target: string } }[] };
}

const RELATION = 'id type from { id } to { id }';

const PATH = `query ($from: ID!, $to: ID!, $types: [RelationType!], $maxLength: Int, $asOf: Date, $lang: Lang) {
  path(from: $from, to: $to, types: $types, maxLength: $maxLength, asOf: $asOf) {
    length steps { forward relation { ${RELATION} } } explanation(lang: $lang)
  }
}`;

const BOUNDED = `query ($id: ID!, $depth: Int, $asOf: Date) {
  neighborhood(id: $id, depth: $depth, asOf: $asOf) { truncated nodes { id } relations { id from { id } to { id } } }
}`;
const NEIGHBORHOOD = `query ($id: ID!, $depth: Int, $types: [RelationType!], $asOf: Date) {
  neighborhood(id: $id, depth: $depth, types: $types, asOf: $asOf) { asOf nodes { id } relations { ${RELATION} } elements }
}`;

describe('analysing the structure of power', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ clock: { today: () => '2026-11-21' } });
  });
  afterAll(() => app.close());

  describe('path', () => {
    it('links the Senate to a district prosecutor in 2010 in two steps: its consent to the Prosecutor General, who appoints district prosecutors', async () => {
      const { data, errors } = await postGraphQL<{ path: PathAnswer[] }>(app.url, PATH, {
        from: 'senate',
        to: 'district-prosecutor',
        asOf: '2010-01-01',
        lang: 'EN',
      });
      expect(errors).toBeUndefined();
      const paths = data!.path;
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        expect(path.length).toBe(2);
        expect(path.steps).toHaveLength(2);
        expect(path.explanation).toHaveLength(2);
        expect(path.steps[0].relation.from.id).toBe('senate');
        expect(path.steps[path.steps.length - 1].relation.to.id).toBe('district-prosecutor');
      }
      const viaConsent = paths.find((path) => path.steps[0].relation.type === 'CONSENTS_TO')!;
      expect(viaConsent.steps.map((step) => [step.relation.id, step.forward])).toEqual([
        ['president-appoints-prosecutor-general-1995--consent--senate', true],
        ['prosecutor-general-appoints-district-prosecutor', true],
      ]);
      expect(viaConsent.explanation).toEqual([
        'The Senate consents to the appointment of the Prosecutor General.',
        'The Prosecutor General appoints the district prosecutor.',
      ]);
      // The Senate's consent before the Prosecutor General is prosecuted is a second, equally short path.
      expect(paths.map((path) => path.steps[0].relation.id)).toContain('senate-lifts-immunity-of-prosecutor-general-1995');
    });

    it('walks relations against their direction, reports it, and explains each in its real direction, in the language asked', async () => {
      const { data } = await postGraphQL<{ path: PathAnswer[] }>(app.url, PATH, {
        from: 'district-prosecutor',
        to: 'senate',
        types: ['APPOINTS', 'CONSENTS_TO'],
        asOf: '2010-01-01',
        lang: 'RU',
      });
      expect(data!.path).toHaveLength(1);
      const [path] = data!.path;
      expect(path.steps.map((step) => [step.relation.id, step.forward])).toEqual([
        ['prosecutor-general-appoints-district-prosecutor', false],
        ['president-appoints-prosecutor-general-1995--consent--senate', false],
      ]);
      expect(path.explanation).toEqual([
        `${entity('prosecutor-general').names.ru} назначает: ${entity('district-prosecutor').names.ru}.`,
        `${entity('senate').names.ru} даёт согласие на назначение: ${entity('prosecutor-general').names.ru}.`,
      ]);
    });

    it('explains in the language of the request when none is asked', async () => {
      const { data } = await postGraphQL<{ path: PathAnswer[] }>(
        app.url,
        PATH,
        { from: 'president', to: 'prosecutor-general', types: ['APPOINTS'], asOf: '2010-01-01' },
        { 'accept-language': 'kk' },
      );
      expect(data!.path.map((path) => path.explanation)).toEqual([
        [`${entity('president').names.kk} тағайындайды: ${entity('prosecutor-general').names.kk}.`],
      ]);
    });

    it('answers for the date asked: no path through the Senate once the 2026 Constitution has replaced it', async () => {
      const { data, errors } = await postGraphQL<{ path: PathAnswer[] }>(app.url, PATH, {
        from: 'senate',
        to: 'district-prosecutor',
        asOf: '2026-07-01',
      });
      expect(errors).toBeUndefined();
      expect(data!.path).toEqual([]);
    });

    it('finds no path longer than maxLength', async () => {
      const { data } = await postGraphQL<{ path: PathAnswer[] }>(app.url, PATH, {
        from: 'senate',
        to: 'district-prosecutor',
        maxLength: 1,
        asOf: '2010-01-01',
      });
      expect(data!.path).toEqual([]);
    });

    it.each([0, limits.maxPathLength + 1])('rejects maxLength %i, naming the allowed range', async (maxLength) => {
      const { data, errors } = await postGraphQL(app.url, PATH, { from: 'senate', to: 'district-prosecutor', maxLength });
      expect(data).toBeNull();
      expect(errors![0]).toMatchObject({
        message: `maxLength must be between 1 and ${limits.maxPathLength}; got ${maxLength}.`,
        extensions: { code: 'BAD_USER_INPUT', argument: 'maxLength' },
      });
    });

    it.each([
      ['from', { from: 'no-such-body', to: 'senate' }],
      ['to', { from: 'senate', to: 'no-such-body' }],
    ])('says which id it does not know (%s)', async (_end, ends) => {
      const { data, errors } = await postGraphQL(app.url, PATH, ends);
      expect(data).toBeNull();
      expect(errors![0]).toMatchObject({
        message: expect.stringContaining('No institution with id "no-such-body"'),
        extensions: { code: 'NOT_FOUND' },
      });
    });
  });

  describe('neighborhood', () => {
    it('gives the Prosecutor General of 2010, everything one relation away and the relations among them, as Cytoscape elements', async () => {
      const date = '2010-01-01';
      const { data, errors } = await postGraphQL<{ neighborhood: SubgraphAnswer }>(
        app.url,
        NEIGHBORHOOD,
        { id: 'prosecutor-general', asOf: date },
        { 'accept-language': 'ru' },
      );
      expect(errors).toBeUndefined();
      const answer = data!.neighborhood;
      const touching = relationsOn(date).filter(
        (relation) => relation.from === 'prosecutor-general' || relation.to === 'prosecutor-general',
      );
      const expected = new Set(['prosecutor-general', ...touching.flatMap((relation) => [relation.from, relation.to])]);
      expect(answer.asOf).toBe(date);
      expect(answer.nodes.map((node) => node.id).sort()).toEqual([...expected].sort());
      expect(answer.nodes.map((node) => node.id)).toEqual(expect.arrayContaining(['president', 'senate', 'district-prosecutor']));
      const among = relationsOn(date).filter((relation) => expected.has(relation.from) && expected.has(relation.to));
      expect(answer.relations.map((relation) => relation.id).sort()).toEqual(among.map((relation) => relation.id).sort());
      expect(answer.elements.nodes.find((node) => node.data.id === 'prosecutor-general')!.data.label).toBe('Генеральный прокурор');
      expect(answer.elements.edges).toHaveLength(among.length);
    });

    it('reaches further with depth, and walks only the types asked', async () => {
      const date = '2010-01-01';
      const one = await postGraphQL<{ neighborhood: SubgraphAnswer }>(app.url, NEIGHBORHOOD, { id: 'prosecutor-general', asOf: date });
      const two = await postGraphQL<{ neighborhood: SubgraphAnswer }>(app.url, NEIGHBORHOOD, {
        id: 'prosecutor-general',
        depth: 2,
        asOf: date,
      });
      const ids = (answer: SubgraphAnswer) => answer.nodes.map((node) => node.id);
      expect(ids(two.data!.neighborhood)).toEqual(expect.arrayContaining(ids(one.data!.neighborhood)));
      // Two steps away: the people elect the President, who appoints the Prosecutor General.
      expect(ids(one.data!.neighborhood)).not.toContain('people');
      expect(ids(two.data!.neighborhood)).toContain('people');

      const appointments = await postGraphQL<{ neighborhood: SubgraphAnswer }>(app.url, NEIGHBORHOOD, {
        id: 'prosecutor-general',
        types: ['APPOINTS'],
        asOf: date,
      });
      const appointing = relationsOn(date).filter(
        (relation) => relation.type === 'appoints' && (relation.from === 'prosecutor-general' || relation.to === 'prosecutor-general'),
      );
      expect(ids(appointments.data!.neighborhood).sort()).toEqual(
        [...new Set(['prosecutor-general', ...appointing.flatMap((relation) => [relation.from, relation.to])])].sort(),
      );
      for (const relation of appointments.data!.neighborhood.relations) expect(relation.type).toBe('APPOINTS');
    });

    it('returns at most maxNeighborhoodNodes entities, the nearest first, and says that it left some out', async () => {
      const date = '2010-01-01';
      const full = await postGraphQL<{ neighborhood: SubgraphAnswer & { truncated: boolean } }>(app.url, BOUNDED, {
        id: 'prosecutor-general',
        depth: 2,
        asOf: date,
      });
      expect(full.data!.neighborhood.truncated).toBe(false);
      const near = new Set(
        relationsOn(date).flatMap((relation) =>
          relation.from === 'prosecutor-general' ? [relation.to] : relation.to === 'prosecutor-general' ? [relation.from] : [],
        ),
      );
      const small = await startTestApp({ clock: { today: () => '2026-11-21' }, limits: { maxNeighborhoodNodes: 5 } });
      try {
        const cut = (
          await postGraphQL<{ neighborhood: SubgraphAnswer & { truncated: boolean } }>(small.url, BOUNDED, {
            id: 'prosecutor-general',
            depth: 2,
            asOf: date,
          })
        ).data!.neighborhood;
        expect(cut.truncated).toBe(true);
        const kept = cut.nodes.map((node) => node.id);
        expect(kept).toHaveLength(5);
        expect(kept).toContain('prosecutor-general');
        // More than four entities are one relation away, so those kept are all among them.
        expect(near.size).toBeGreaterThan(4);
        for (const id of kept.filter((id) => id !== 'prosecutor-general')) expect(near).toContain(id);
        const among = full.data!.neighborhood.relations.filter(
          (relation) => kept.includes(relation.from.id) && kept.includes(relation.to.id),
        );
        expect(cut.relations.map((relation) => relation.id).sort()).toEqual(among.map((relation) => relation.id).sort());
      } finally {
        await small.close();
      }
    });

    it.each([0, limits.maxNeighborhoodDepth + 1])('rejects depth %i, naming the allowed range', async (depth) => {
      const { data, errors } = await postGraphQL(app.url, NEIGHBORHOOD, { id: 'prosecutor-general', depth });
      expect(data).toBeNull();
      expect(errors![0]).toMatchObject({
        message: `depth must be between 1 and ${limits.maxNeighborhoodDepth}; got ${depth}.`,
        extensions: { code: 'BAD_USER_INPUT', argument: 'depth' },
      });
    });

    it('says when it does not know the id', async () => {
      const { errors } = await postGraphQL(app.url, NEIGHBORHOOD, { id: 'prosecutor-generall' });
      expect(errors![0]).toMatchObject({ message: expect.stringContaining('"prosecutor-general"'), extensions: { code: 'NOT_FOUND' } });
    });
  });

  describe('checksAndBalances', () => {
    interface LinkAnswer {
      from: { id: string; __typename: string };
      to: { id: string };
      type: string;
      count: number;
      relations: RelationAnswer[];
    }
    const CHECKS = `query ($asOf: Date) { checksAndBalances(asOf: $asOf) { from { id __typename } to { id } type count relations { ${RELATION} } } }`;

    it('groups the relations of 2010 that cross from one branch to another, the most numerous first', async () => {
      const { data, errors } = await postGraphQL<{ checksAndBalances: LinkAnswer[] }>(app.url, CHECKS, { asOf: '2010-01-01' });
      expect(errors).toBeUndefined();
      const links = data!.checksAndBalances;
      const link = (from: string, to: string, type: string) =>
        links.find((candidate) => candidate.from.id === from && candidate.to.id === to && candidate.type === type);
      expect(link('presidential', 'prosecutorial', 'APPOINTS')!.relations.map((relation) => relation.id)).toContain(
        'president-appoints-prosecutor-general-1995',
      );
      expect(link('legislative', 'prosecutorial', 'CONSENTS_TO')!.relations.map((relation) => relation.id)).toEqual([
        'president-appoints-prosecutor-general-1995--consent--senate',
      ]);
      // In 2010 the Mazhilis (art. 70(3)) and Parliament in joint session (arts. 53(2), 61(7)) could each vote no confidence.
      expect(link('legislative', 'executive', 'NO_CONFIDENCE_IN')!.relations.map((relation) => relation.from.id)).toEqual([
        'mazhilis',
        'parliament',
      ]);
      const counts = links.map((candidate) => candidate.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      for (const candidate of links) {
        expect(candidate.from.__typename).toBe('Branch');
        expect(candidate.from.id).not.toBe(candidate.to.id);
        expect(candidate.count).toBe(candidate.relations.length);
        for (const relation of candidate.relations) {
          expect(relation.type).toBe(candidate.type);
          expect(entity(relation.from.id).branch).toBe(candidate.from.id);
          expect(entity(relation.to.id).branch).toBe(candidate.to.id);
        }
      }
      // Every crossing relation of the ontology valid on the date is counted once.
      const crossing = relationsOn('2010-01-01').filter((relation) => {
        const [from, to] = [entity(relation.from).branch, entity(relation.to).branch];
        return from && to && from !== to;
      });
      expect(links.reduce((sum, candidate) => sum + candidate.count, 0)).toBe(crossing.length);
    });
  });

  describe('whoCanRemove', () => {
    const REMOVE = `query ($id: ID!, $asOf: Date) { whoCanRemove(id: $id, asOf: $asOf) { by { id } kind relation { ${RELATION} } } }`;
    const removers = async (id: string, asOf: string) => {
      const { data, errors } = await postGraphQL<{ whoCanRemove: { by: { id: string }; kind: string; relation: RelationAnswer }[] }>(
        app.url,
        REMOVE,
        { id, asOf },
      );
      expect(errors).toBeUndefined();
      for (const removal of data!.whoCanRemove) {
        expect(removal.relation.from.id).toBe(removal.by.id);
        expect(removal.relation.to.id).toBe(id);
      }
      return data!.whoCanRemove.map((removal) => [removal.by.id, removal.kind]);
    };

    it("names who could end the Prosecutor General's tenure in 2010: the President dismisses, the Senate lifts immunity", async () => {
      expect(await removers('prosecutor-general', '2010-01-01')).toEqual([
        ['president', 'DISMISSAL'],
        ['senate', 'IMMUNITY_LIFTED'],
      ]);
    });

    it('finds the dismissal, the vote of no confidence and the dissolution, as of the date', async () => {
      // 1995 art. 70(7): the President may end the Government's powers; art. 53(2), 61(7), 70(3): the
      // Mazhilis, and Parliament in joint session, may pass a vote of no confidence.
      expect(await removers('government', '2010-01-01')).toEqual([
        ['president', 'DISMISSAL'],
        ['mazhilis', 'NO_CONFIDENCE'],
        ['parliament', 'NO_CONFIDENCE'],
      ]);
      // 2026 art. 69(7): the President may end the Government's powers on his own initiative.
      expect(await removers('government', '2026-07-01')).toEqual([
        ['president', 'DISMISSAL'],
        ['kurultai', 'NO_CONFIDENCE'],
      ]);
      expect(await removers('mazhilis', '2010-01-01')).toEqual([['president', 'DISSOLUTION']]);
    });

    it('says when it does not know the id', async () => {
      const { data, errors } = await postGraphQL(app.url, REMOVE, { id: 'no-such-body' });
      expect(data).toBeNull();
      expect(errors![0].extensions!.code).toBe('NOT_FOUND');
    });
  });

  describe('uncheckedBodies', () => {
    const UNCHECKED = `query ($asOf: Date) { uncheckedBodies(asOf: $asOf) { id kind } }`;

    it('lists the bodies of 2010 no other branch checks: the district prosecutor, appointed inside the prosecution, but not the Prosecutor General', async () => {
      const { data, errors } = await postGraphQL<{ uncheckedBodies: { id: string; kind: string }[] }>(app.url, UNCHECKED, {
        asOf: '2010-01-01',
      });
      expect(errors).toBeUndefined();
      const ids = data!.uncheckedBodies.map((node) => node.id);
      expect(ids).toContain('district-prosecutor');
      // The President appoints and dismisses the Prosecutor General, the Senate elects the Supreme
      // Court, the Mazhilis can pass no confidence in the Government, the people elect the President.
      for (const checked of ['prosecutor-general', 'supreme-court', 'government', 'president']) expect(ids).not.toContain(checked);
      for (const node of data!.uncheckedBodies) {
        expect(['OFFICE', 'BODY', 'COURT']).toContain(node.kind);
        expect(holdsOn(entity(node.id), '2010-01-01')).toBe(true);
      }
    });

    it('answers for today (in Almaty) when no date is given', async () => {
      const implicit = await postGraphQL(app.url, UNCHECKED, {});
      const explicit = await postGraphQL(app.url, UNCHECKED, { asOf: '2026-11-21' });
      expect(implicit.errors).toBeUndefined();
      expect(implicit).toEqual(explicit);
    });
  });

  describe('compare', () => {
    interface ComparisonAnswer {
      from: string;
      to: string;
      addedEntities: { id: string }[];
      removedEntities: { id: string }[];
      addedRelations: { id: string }[];
      removedRelations: { id: string }[];
      changedRelations: { before: { id: string; consentOf: { id: string }[] }; after: { id: string; consentOf: { id: string }[] } }[];
    }
    const COMPARE = `query ($from: Date!, $to: Date!) {
      compare(from: $from, to: $to) {
        from to addedEntities { id } removedEntities { id } addedRelations { id } removedRelations { id }
        changedRelations { before { id consentOf { id } } after { id consentOf { id } } }
      }
    }`;

    it("shows the 2026 Constitution taking effect: the Kurultai added, the Senate removed, the Prime Minister's appointment changed", async () => {
      const [from, to] = ['2026-06-30', '2026-07-01'];
      const { data, errors } = await postGraphQL<{ compare: ComparisonAnswer }>(app.url, COMPARE, { from, to });
      expect(errors).toBeUndefined();
      const comparison = data!.compare;
      expect([comparison.from, comparison.to]).toEqual([from, to]);
      const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id).sort();
      const onlyOn = (date: string, other: string) =>
        ontology.entities
          .filter((candidate) => holdsOn(candidate, date) && !holdsOn(candidate, other))
          .map((candidate) => candidate.id)
          .sort();
      expect(ids(comparison.addedEntities)).toEqual(onlyOn(to, from));
      expect(ids(comparison.removedEntities)).toEqual(onlyOn(from, to));
      expect(ids(comparison.addedEntities)).toContain('kurultai');
      expect(ids(comparison.removedEntities)).toContain('senate');

      const primeMinister = comparison.changedRelations.find((change) => change.before.id === 'president-appoints-prime-minister-2007')!;
      expect(primeMinister).toEqual({
        before: { id: 'president-appoints-prime-minister-2007', consentOf: [{ id: 'mazhilis' }] },
        after: { id: 'president-appoints-prime-minister-2026', consentOf: [{ id: 'kurultai' }] },
      });
      const changed = comparison.changedRelations.flatMap((change) => [change.before.id, change.after.id]);
      for (const relation of [...comparison.addedRelations, ...comparison.removedRelations]) expect(changed).not.toContain(relation.id);
      expect(ids(comparison.addedRelations)).toContain('kurultai-no-confidence-in-government-2026');
      expect(ids(comparison.removedRelations)).toContain('mazhilis-no-confidence-in-government-2007');
    });

    it('finds nothing between a date and itself', async () => {
      const { data } = await postGraphQL<{ compare: ComparisonAnswer }>(app.url, COMPARE, { from: '2010-01-01', to: '2010-01-01' });
      const { from: _from, to: _to, ...lists } = data!.compare;
      expect(Object.values(lists).every((list) => list.length === 0)).toBe(true);
    });
  });
});
