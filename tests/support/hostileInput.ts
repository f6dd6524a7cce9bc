/**
 * What hostile or clumsy clients send in place of an id, a date, a word or a cursor: Cypher
 * written to break out of a string, a label or a parameter, and text that trips up parsers.
 */
export const INJECTION_PAYLOADS: readonly string[] = [
  // Out of a quoted string, then a write.
  "prosecutor-general' }) DETACH DELETE n //",
  'prosecutor-general" }) DETACH DELETE n //',
  "x') MATCH (m) DETACH DELETE m RETURN 1 AS x //",
  "' OR 1=1 WITH 1 AS x MATCH (n) SET n.injected = true //",
  '" OR 1=1 //',
  "\\' OR 1=1 //",
  "senate'}) CREATE (:Injected {by: 'string'}) //",
  // Out of a query, into another.
  "x' RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //",
  '1; MATCH (n) DETACH DELETE n',
  '*/ MATCH (n) DETACH DELETE n /*',
  // Out of a label or a relationship type written with backticks.
  'APPOINTS`]->() DETACH DELETE r //',
  '`) CREATE (:Injected) //',
  // Procedures, files and the server.
  "x' CALL db.createLabel('Injected') //",
  "x' LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line //",
  "x' CALL dbms.killQueries([]) //",
  "x' CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {}) YIELD value RETURN value //",
  // A parameter or a map where a value is expected.
  '$id',
  "{id: 'senate'}",
  // Regular expressions, where text becomes one.
  '.*',
  '(?i).*',
  '[',
  '(a+)+$',
  '\\',
  '%',
  // Dates that are not, or almost are.
  "2010-01-01' OR '1'='1",
  '2010-01-01") DETACH DELETE n //',
  '2010-02-30',
  '9999-99-99',
  '-271821-04-20',
  '+275760-09-13',
  '0000-00-00',
  // Text that trips up parsers, terminals and pages.
  'senate\u0000',
  '\u202eetanes',
  '🏛️ Сенат ',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'null',
  '',
  ' ',
  'x'.repeat(10_000),
];

/**
 * Whether an answer shows what only the server should know: a stack frame, a path into its
 * code, a driver's error or the database's address.
 */
export function leaksInternals(text: string): boolean {
  return /\(\/[^)]*:\d+:\d+\)|node_modules|\.[jt]s:\d+|Neo4jError|Neo\.(ClientError|TransientError|DatabaseError)|bolt:\/\/|neo4j:\/\/|"stacktrace"/.test(
    text,
  );
}
