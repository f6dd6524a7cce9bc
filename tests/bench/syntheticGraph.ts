/**
 * A deterministic generator of realistic synthetic graphs on the project's own ontology, for
 * measuring how seeding, the API and the explorer behave as the graph grows (npm run bench,
 * npm run bench:client).
 *
 * The real knowledge base is kept as it is, and local government is added beneath it, region by
 * region: each region has an akim, a maslikhat, a prosecutor and his office, and a regional court;
 * each of its districts the same five; each district's rural okrugs an akim and the akim's
 * apparatus. They are linked as the law links them (the President appoints regional akims with the
 * maslikhat's consent, the Prosecutor General appoints regional and district prosecutors, district
 * courts' appeals go to the regional court, rural akims were appointed until 2021 and are elected
 * since...), each relation citing its legal basis, and respecting the domain and range of
 * ontology/schema/kinds.yaml. Region 1, district 1 and okrug 1 are the same at every size, so a
 * scenario can name them at every size.
 */
import seedrandom from 'seedrandom';
import { deriveEdges, hashOntology, type Entity, type Ontology, type Relation, type Source } from '../../ontology/src';

export interface SyntheticGraphOptions {
  /** How many entities the graph should have in all, the real ones included (reached within 4). */
  entities: number;
  /** Another seed gives another graph of the same shape; the default gives the benchmarks' graph. */
  seed?: string;
}

/** The date the synthetic order begins: the 1995 Constitution. */
const SINCE = '1995-09-05';
/** The first direct elections of rural akims (25 July 2021): until the day before, they were appointed. */
const RURAL_ELECTIONS = '2021-07-25';
const BEFORE_RURAL_ELECTIONS = '2021-07-24';

const constitution = (article: string): Source => ({ kind: 'legal-basis', act: 'constitution-1995', article });
const prosecutionLaw = (article: string): Source => ({ kind: 'legal-basis', act: 'law-on-prosecutors-office-1995', article });

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The real entities the synthetic ones hang from: a generator run fails at once if one is renamed. */
const ANCHORS = [
  'president',
  'people',
  'government',
  'prosecutor-general',
  'prosecutors-office',
  'local-courts',
  'supreme-judicial-council',
  'constitution-1995',
  'law-on-prosecutors-office-1995',
];

/**
 * The real ontology with synthetic local government added until it holds `entities` entities.
 * Same options, same graph: the random choices (how many districts a region has, how many okrugs a
 * district) come from a generator seeded per region.
 */
export function syntheticOntology(base: Ontology, options: SyntheticGraphOptions): Ontology {
  const known = new Set(base.entities.map((entity) => entity.id));
  for (const anchor of ANCHORS) if (!known.has(anchor)) throw new Error(`syntheticOntology: the ontology has no entity "${anchor}"`);
  const seed = options.seed ?? 'kz-legal-graph-bench';
  const entities: Entity[] = [...base.entities];
  const relations: Relation[] = [...base.relations];
  const kindsById = new Map(base.kinds.relationKinds.map((kind) => [kind.id, kind]));

  const addEntity = (entity: Omit<Entity, 'sources' | 'validFrom'>) => entities.push({ validFrom: SINCE, sources: [], ...entity });
  const addRelation = (relation: Omit<Relation, 'id' | 'validFrom'> & { validFrom?: string }) => {
    const added: Relation = { id: `${relation.from}-${relation.type}-${relation.to}`, validFrom: SINCE, ...relation };
    relations.push(added, ...deriveEdges(added, kindsById.get(added.type)!));
  };

  for (let region = 1; entities.length < options.entities; region++) {
    const random = seedrandom(`${seed}:region:${region}`);
    const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
    const r = `r${pad(region, 3)}`;
    const regionName = { kk: `№${region} облыс`, ru: `область № ${region}`, en: `Region ${region}` };
    addRegion(r, regionName, addEntity, addRelation);
    const districts = between(8, 14);
    for (let district = 1; district <= districts && entities.length < options.entities; district++) {
      const d = `${r}-d${pad(district, 2)}`;
      const districtName = {
        kk: `${regionName.kk} ${district}-аудан`,
        ru: `район № ${district} (${regionName.ru})`,
        en: `District ${district} of ${regionName.en}`,
      };
      addDistrict(r, d, districtName, addEntity, addRelation);
      const okrugs = between(4, 12);
      for (let okrug = 1; okrug <= okrugs && entities.length < options.entities; okrug++) {
        const o = `${d}-o${pad(okrug, 2)}`;
        const okrugName = {
          kk: `${districtName.kk} ${okrug}-ауылдық округ`,
          ru: `сельский округ № ${okrug}, ${districtName.ru}`,
          en: `Rural okrug ${okrug}, ${districtName.en}`,
        };
        addOkrug(d, o, okrugName, addEntity, addRelation);
      }
    }
  }

  const content = { kinds: base.kinds, documents: base.documents, entities, relations };
  return { ...content, version: hashOntology(content) };
}

type Place = { kk: string; ru: string; en: string };
type AddEntity = (entity: Omit<Entity, 'sources' | 'validFrom'>) => void;
type AddRelation = (relation: Omit<Relation, 'id' | 'validFrom'> & { validFrom?: string }) => void;

function addRegion(r: string, place: Place, addEntity: AddEntity, addRelation: AddRelation): void {
  addEntity({
    id: `${r}-akim`,
    kind: 'office',
    branch: 'executive',
    level: 'regional',
    names: { kk: `${place.kk} әкімі`, ru: `Аким, ${place.ru}`, en: `Akim of ${place.en}` },
  });
  addEntity({
    id: `${r}-maslikhat`,
    kind: 'body',
    level: 'regional',
    names: { kk: `${place.kk} мәслихаты`, ru: `Маслихат, ${place.ru}`, en: `Maslikhat of ${place.en}` },
  });
  addEntity({
    id: `${r}-prosecutor`,
    kind: 'office',
    branch: 'prosecutorial',
    level: 'regional',
    names: { kk: `${place.kk} прокуроры`, ru: `Прокурор, ${place.ru}`, en: `Prosecutor of ${place.en}` },
  });
  addEntity({
    id: `${r}-prosecutors-office`,
    kind: 'body',
    branch: 'prosecutorial',
    level: 'regional',
    names: { kk: `${place.kk} прокуратурасы`, ru: `Прокуратура, ${place.ru}`, en: `Prosecutor's Office of ${place.en}` },
  });
  addEntity({
    id: `${r}-court`,
    kind: 'court',
    branch: 'judicial',
    level: 'regional',
    names: { kk: `${place.kk} соты`, ru: `Областной суд, ${place.ru}`, en: `Regional Court of ${place.en}` },
  });

  addRelation({ type: 'appoints', from: 'president', to: `${r}-akim`, consentOf: [`${r}-maslikhat`], sources: [constitution('87(4)')] });
  addRelation({ type: 'dismisses', from: 'president', to: `${r}-akim`, sources: [constitution('87(4)')] });
  addRelation({ type: 'subordinate-to', from: `${r}-akim`, to: 'government', sources: [constitution('87(2)')] });
  addRelation({ type: 'reports-to', from: `${r}-akim`, to: `${r}-maslikhat`, sources: [constitution('87(3)')] });
  addRelation({ type: 'elects', from: 'people', to: `${r}-maslikhat`, sources: [constitution('86(2)')] });
  addRelation({ type: 'no-confidence-in', from: `${r}-maslikhat`, to: `${r}-akim`, sources: [constitution('87(5)')] });
  addRelation({ type: 'appoints', from: 'prosecutor-general', to: `${r}-prosecutor`, sources: [prosecutionLaw('11')] });
  addRelation({ type: 'subordinate-to', from: `${r}-prosecutor`, to: 'prosecutor-general', sources: [constitution('83(2)')] });
  addRelation({ type: 'heads', from: `${r}-prosecutor`, to: `${r}-prosecutors-office`, sources: [prosecutionLaw('11')] });
  addRelation({ type: 'part-of', from: `${r}-prosecutors-office`, to: 'prosecutors-office', sources: [prosecutionLaw('9')] });
  addRelation({ type: 'supervises', from: `${r}-prosecutors-office`, to: `${r}-akim`, sources: [constitution('83(1)')] });
  addRelation({
    type: 'appoints',
    from: 'president',
    to: `${r}-court`,
    nominatedBy: ['supreme-judicial-council'],
    sources: [constitution('82(1)')],
  });
  addRelation({ type: 'part-of', from: `${r}-court`, to: 'local-courts', sources: [constitution('75(3)')] });
  addRelation({ type: 'represents-state-in', from: `${r}-prosecutors-office`, to: `${r}-court`, sources: [constitution('83(1)')] });
}

function addDistrict(r: string, d: string, place: Place, addEntity: AddEntity, addRelation: AddRelation): void {
  addEntity({
    id: `${d}-akim`,
    kind: 'office',
    branch: 'executive',
    level: 'district',
    names: { kk: `${place.kk} әкімі`, ru: `Аким, ${place.ru}`, en: `Akim of ${place.en}` },
  });
  addEntity({
    id: `${d}-maslikhat`,
    kind: 'body',
    level: 'district',
    names: { kk: `${place.kk} мәслихаты`, ru: `Маслихат, ${place.ru}`, en: `Maslikhat of ${place.en}` },
  });
  addEntity({
    id: `${d}-prosecutor`,
    kind: 'office',
    branch: 'prosecutorial',
    level: 'district',
    names: { kk: `${place.kk} прокуроры`, ru: `Прокурор, ${place.ru}`, en: `Prosecutor of ${place.en}` },
  });
  addEntity({
    id: `${d}-prosecutors-office`,
    kind: 'body',
    branch: 'prosecutorial',
    level: 'district',
    names: { kk: `${place.kk} прокуратурасы`, ru: `Прокуратура, ${place.ru}`, en: `Prosecutor's Office of ${place.en}` },
  });
  addEntity({
    id: `${d}-court`,
    kind: 'court',
    branch: 'judicial',
    level: 'district',
    names: { kk: `${place.kk} соты`, ru: `Районный суд, ${place.ru}`, en: `District Court of ${place.en}` },
  });

  addRelation({ type: 'appoints', from: `${r}-akim`, to: `${d}-akim`, consentOf: [`${d}-maslikhat`], sources: [constitution('87(4)')] });
  addRelation({ type: 'dismisses', from: `${r}-akim`, to: `${d}-akim`, sources: [constitution('87(4)')] });
  addRelation({ type: 'subordinate-to', from: `${d}-akim`, to: `${r}-akim`, sources: [constitution('87(2)')] });
  addRelation({ type: 'reports-to', from: `${d}-akim`, to: `${d}-maslikhat`, sources: [constitution('87(3)')] });
  addRelation({ type: 'elects', from: 'people', to: `${d}-maslikhat`, sources: [constitution('86(2)')] });
  addRelation({ type: 'appoints', from: 'prosecutor-general', to: `${d}-prosecutor`, sources: [prosecutionLaw('11')] });
  addRelation({ type: 'subordinate-to', from: `${d}-prosecutor`, to: `${r}-prosecutor`, sources: [constitution('83(2)')] });
  addRelation({ type: 'heads', from: `${d}-prosecutor`, to: `${d}-prosecutors-office`, sources: [prosecutionLaw('11')] });
  addRelation({ type: 'part-of', from: `${d}-prosecutors-office`, to: `${r}-prosecutors-office`, sources: [prosecutionLaw('9')] });
  addRelation({ type: 'supervises', from: `${d}-prosecutors-office`, to: `${d}-akim`, sources: [constitution('83(1)')] });
  addRelation({
    type: 'appoints',
    from: 'president',
    to: `${d}-court`,
    nominatedBy: ['supreme-judicial-council'],
    sources: [constitution('82(1)')],
  });
  addRelation({ type: 'appeals-to', from: `${d}-court`, to: `${r}-court`, sources: [constitution('75(3)')] });
  addRelation({ type: 'represents-state-in', from: `${d}-prosecutors-office`, to: `${d}-court`, sources: [constitution('83(1)')] });
  addRelation({ type: 'protests-acts-of', from: `${d}-prosecutors-office`, to: `${d}-court`, sources: [constitution('83(1)')] });
}

function addOkrug(d: string, o: string, place: Place, addEntity: AddEntity, addRelation: AddRelation): void {
  addEntity({
    id: `${o}-akim`,
    kind: 'office',
    branch: 'executive',
    level: 'district',
    names: { kk: `${place.kk} әкімі`, ru: `Аким, ${place.ru}`, en: `Akim of ${place.en}` },
  });
  addEntity({
    id: `${o}-apparatus`,
    kind: 'body',
    branch: 'executive',
    level: 'district',
    names: { kk: `${place.kk} әкімінің аппараты`, ru: `Аппарат акима, ${place.ru}`, en: `Apparatus of the Akim of ${place.en}` },
  });

  addRelation({ type: 'appoints', from: `${d}-akim`, to: `${o}-akim`, validTo: BEFORE_RURAL_ELECTIONS, sources: [constitution('87(4)')] });
  addRelation({ type: 'elects', from: 'people', to: `${o}-akim`, validFrom: RURAL_ELECTIONS, sources: [constitution('87(4)')] });
  addRelation({ type: 'subordinate-to', from: `${o}-akim`, to: `${d}-akim`, sources: [constitution('87(2)')] });
  addRelation({ type: 'reports-to', from: `${o}-akim`, to: `${d}-maslikhat`, sources: [constitution('87(3)')] });
  addRelation({ type: 'heads', from: `${o}-akim`, to: `${o}-apparatus`, sources: [constitution('87(2)')] });
}
