import type { Driver, RecordShape } from 'neo4j-driver';
import { AnalysisRepository } from '../../server/src/analysis/analysis.repository';
import { AppointmentRepository } from '../../server/src/appointments/appointment.repository';
import { ReadExecutor } from '../../server/src/database/executor';
import { GraphRepository } from '../../server/src/graph/graph.repository';
import { candidatesQuery, searchWords } from '../../server/src/search/search.matching';
import { TEST_DATABASE, testDriver } from '../support/testApp';

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

/** The operators of a plan, without the runtime suffix (`NodeUniqueIndexSeek@neo4j` → `NodeUniqueIndexSeek`). */
function operators(plan: PlanNode): string[] {
  return [plan.operatorType.split('@')[0], ...plan.children.flatMap(operators)];
}

/** Runs the API's queries as usual, and keeps the plan Neo4j chose for each (EXPLAIN, same parameters). */
class PlanningExecutor extends ReadExecutor {
  readonly plans: string[][] = [];

  constructor(private readonly planner: Driver) {
    super(planner, TEST_DATABASE);
  }

  protected override async query<Row extends RecordShape>(cypher: string, parameters: Record<string, unknown>): Promise<Row[]> {
    const explained = await this.planner.executeQuery(`EXPLAIN ${cypher}`, parameters, { database: TEST_DATABASE, routing: 'READ' });
    this.plans.push(operators(explained.summary.plan as unknown as PlanNode));
    return super.query<Row>(cypher, parameters);
  }
}

/** Operators that read every node, every node of a label, or every relationship (of a type). */
const WHOLE_GRAPH_READS =
  /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|NodeIndexScan|(Directed|Undirected)(AllRelationships|RelationshipType|UnionRelationshipTypes)Scan|(Directed|Undirected)RelationshipIndexScan)$/;

/**
 * What a user notices when the graph grows: an answer about one institution must not read the
 * whole graph. These read only through indexes (a whole-graph read takes seconds at 100k entities).
 */
describe('query plans: lookups read through indexes, never the whole graph', () => {
  let driver: Driver;
  let executor: PlanningExecutor;
  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(() => {
    executor = new PlanningExecutor(driver);
  });
  afterAll(() => driver.close());

  const onlyPlan = () => {
    expect(executor.plans).toHaveLength(1);
    return executor.plans[0];
  };

  it('institution(id) and its relations of one kind: an id-index seek, then only that kind of relationship', async () => {
    const graph = new GraphRepository(executor);
    const [entity] = await graph.findEntities(['prosecutor-general']);
    expect(entity.id).toBe('prosecutor-general');
    const appointed = await graph.findRelationsAt('to', ['prosecutor-general'], { types: ['appoints'], asOf: '2010-01-01' });
    expect(appointed.map((relation) => relation.fromId)).toEqual(['president']);
    await graph.findRelationsAt('from', ['prosecutor-general'], { asOf: '2010-01-01' });
    for (const plan of executor.plans) {
      expect(plan).toContain('NodeUniqueIndexSeek');
      expect(plan.filter((operator) => WHOLE_GRAPH_READS.test(operator))).toEqual([]);
    }
  });

  it('relation(id): a relationship-index seek per relationship type, no scan', async () => {
    const relation = await new GraphRepository(executor).findRelationById('president-appoints-senate-deputies-1995');
    const plan = onlyPlan();
    expect(relation?.id ?? 'found none').toBe('president-appoints-senate-deputies-1995');
    expect(plan.filter((operator) => /RelationshipIndexSeek$/.test(operator)).length).toBeGreaterThan(10);
    expect(plan.filter((operator) => WHOLE_GRAPH_READS.test(operator))).toEqual([]);
  });

  it('search: the full-text index finds the candidates', async () => {
    const words = searchWords('prosecutor gen');
    const found = await new GraphRepository(executor).findSearchCandidates(candidatesQuery('prosecutor gen', words, '2020-01-01', 100));
    expect(found.map((entity) => entity.id)).toContain('prosecutor-general');
    const plan = onlyPlan();
    expect(plan).toContain('ProcedureCall');
    expect(plan.filter((operator) => WHOLE_GRAPH_READS.test(operator))).toEqual([]);
  });

  it('neighbourhood and path: they start from the ids, and the path search runs from both ends', async () => {
    const analysis = new AnalysisRepository(executor);
    const ring = await analysis.findNeighbourIds(['prosecutor-general'], ['prosecutor-general'], 10, { asOf: '2010-01-01' });
    expect(ring).toHaveLength(10);
    await analysis.findRelationsAmong(['prosecutor-general', ...ring], { asOf: '2010-01-01' });
    const whole = await analysis.findNeighbourhood({ reached: ['prosecutor-general', ...ring], ring, room: 20, asOf: '2010-01-01' });
    expect(whole.entities.length).toBeGreaterThan(ring.length);
    const { paths } = await analysis.findShortestPaths({
      fromId: 'senate',
      toId: 'district-prosecutor',
      asOf: '2010-01-01',
      maxLength: 6,
      limit: 10,
    });
    expect(paths.length).toBeGreaterThan(0);
    for (const plan of executor.plans) {
      expect(plan).toContain('NodeUniqueIndexSeek');
      expect(plan.filter((operator) => WHOLE_GRAPH_READS.test(operator))).toEqual([]);
    }
    expect(executor.plans[0]).toContain('Limit');
    expect(executor.plans[2]).toContain('Limit');
    expect(executor.plans[3]).toContain('StatefulShortestPath(Into)');
  });

  it('who appoints: one query from the ids, for all of them, over the appointments and dismissals alone', async () => {
    const found = await new AppointmentRepository(executor).findAppointments({
      ids: ['prosecutor-general', 'senate'],
      side: 'to',
      asOf: '2010-01-01',
      types: ['appoints'],
      dismissalTypes: ['dismisses'],
    });
    const prosecutor = found.get('prosecutor-general')!;
    expect(prosecutor.appointments.map((relation) => relation.fromId)).toEqual(['president']);
    expect(prosecutor.entities.map((entity) => entity.id)).toEqual(expect.arrayContaining(['president', 'senate', 'constitution-1995']));
    expect(found.has('senate')).toBe(true);
    const plan = onlyPlan();
    expect(plan).toContain('NodeUniqueIndexSeek');
    expect(plan.filter((operator) => WHOLE_GRAPH_READS.test(operator))).toEqual([]);
  });

  it('appointment chain: one query from the id, breadth-first over the appointments alone', async () => {
    const chain = await new AppointmentRepository(executor).findChain({
      id: 'district-prosecutor',
      asOf: '2010-01-01',
      types: ['appoints'],
      maxLevels: 8,
      limit: 201,
    });
    expect(chain.map((link) => link.relation.fromId)).toEqual(['prosecutor-general', 'president']);
    const plan = onlyPlan();
    expect(plan).toContain('NodeUniqueIndexSeek');
    expect(plan).toContain('StatefulShortestPath(All)');
    expect(plan.filter((operator) => WHOLE_GRAPH_READS.test(operator))).toEqual([]);
  });
});
