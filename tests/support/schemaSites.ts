/**
 * Every place in the API's schema where a client's text reaches the server: each argument (and
 * each field of an input argument) that takes a string, an id, a date or an enum, anywhere in the
 * schema, with a way from the root to it that gives real answers, so that the text reaches its
 * resolver. Read from the schema itself: an argument added tomorrow is covered tomorrow.
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** Ids and words that exist in the seeded graph, so that the ways to each site give answers. */
export interface SampleValues {
  entityId: string;
  /** A branch (power centre): the one kind of Node that is not an institution. */
  branchId: string;
  /** An entity related to `entityId` (a path between them exists). */
  otherEntityId: string;
  documentId: string;
  relationId: string;
  date: string;
  searchText: string;
  /** A published graph version. */
  graphVersion: string;
  /** A cursor each paged field gave, by the field's name. */
  cursors: Record<string, string>;
}

/** One field on the way to a site: its name, its argument literals, and the type asked inside it. */
interface Step {
  field: string;
  args: Record<string, string>;
  /** Set when the field answers an interface: the site lies on this one of its types (`... on Type`). */
  inside?: string;
}

export interface ArgumentSite {
  /** `Query.institution.relations(types)`, `Query.institutions(filter.text)`: for messages. */
  name: string;
  steps: Step[];
  /** The argument, then the fields of input objects down to the targeted one. */
  inputPath: string[];
  /** The type of the targeted position, as written in a variable definition (`[ID!]`, `Date!`). */
  typeName: string;
  /** Whether it takes a list: a value sent there is wrapped in one. */
  isList: boolean;
  /** Whether the field of the argument answers an object (which then needs a selection). */
  answersObject: boolean;
  /** A value the position accepts, that gives a real answer. */
  sample: string;
}

const TEXT_SCALARS = new Set(['String', 'ID', 'Date']);

/** Whether a client's text reaches this leaf type: strings, ids, dates and enums. */
function takesText(type: GraphQLNamedType): boolean {
  return isEnumType(type) || (isScalarType(type) && TEXT_SCALARS.has(type.name));
}

/** A GraphQL literal that the argument accepts and that gives a real answer, or undefined. */
function sampleLiteral(field: string, name: string, type: GraphQLInputType, samples: SampleValues): string | undefined {
  const named = getNamedType(type);
  const quoted = (value: string) => JSON.stringify(value);
  if (isEnumType(named)) return named.getValues()[0].name;
  if (named.name === 'Date') return quoted(field === 'compare' && name === 'from' ? '2000-01-01' : samples.date);
  if (named.name === 'ID') {
    if (field === 'document') return quoted(samples.documentId);
    if (field === 'relation') return quoted(samples.relationId);
    if (field === 'node') return quoted(samples.branchId);
    return quoted(name === 'from' ? samples.otherEntityId : samples.entityId);
  }
  if (named.name === 'String' && name === 'version') return quoted(samples.graphVersion);
  if (named.name === 'String' && name === 'after') return quoted(samples.cursors[field]);
  if (named.name === 'String') return quoted(samples.searchText);
  if (named.name === 'Int') return '1';
  if (named.name === 'Boolean') return 'false';
  return undefined;
}

/** The arguments a field is called with on the way: the required ones, and the date. */
function stepArgs(field: GraphQLField<unknown, unknown>, samples: SampleValues, except?: string): Record<string, string> {
  const args: Record<string, string> = {};
  for (const argument of field.args) {
    if (argument.name === except) continue;
    if (!isNonNullType(argument.type) && argument.name !== 'asOf') continue;
    const literal = sampleLiteral(field.name, argument.name, argument.type, samples);
    if (literal === undefined) throw new Error(`No sample value for the required argument ${field.name}(${argument.name})`);
    args[argument.name] = literal;
  }
  return args;
}

/** The object types a field's answer may be, with the fragment each needs. */
function concreteTypes(schema: GraphQLSchema, type: GraphQLNamedType): { type: GraphQLObjectType; on?: string }[] {
  if (isObjectType(type)) return [{ type }];
  if (isInterfaceType(type) || isUnionType(type))
    return schema.getPossibleTypes(type).map((possible) => ({ type: possible, on: possible.name }));
  return [];
}

/** The positions under an argument that take text: the argument itself, or fields of its input objects. */
function textPositions(argument: GraphQLArgument): { inputPath: string[]; type: GraphQLInputType }[] {
  const positions: { inputPath: string[]; type: GraphQLInputType }[] = [];
  const visit = (inputPath: string[], type: GraphQLInputType) => {
    const named = getNamedType(type);
    if (takesText(named)) positions.push({ inputPath, type });
    else if (isInputObjectType(named)) for (const field of Object.values(named.getFields())) visit([...inputPath, field.name], field.type);
  };
  visit([argument.name], argument.type);
  return positions;
}

/**
 * The look-ups by id first: through them a type is reached with one known answer (an institution
 * by `institution`, a branch by `node`), rather than through a list that may hold none of it.
 */
function byIdFirst<Field extends GraphQLField<unknown, unknown>>(fields: Field[]): Field[] {
  const byId = (field: Field) =>
    field.args.length === 1 && field.args[0].name === 'id' && !isListType(getNullableType(field.type)) ? 0 : 1;
  return [...fields].sort((a, b) => byId(a) - byId(b));
}

/**
 * Every argument site of the schema, each with the shortest way to it from Query (breadth first,
 * so that a site is reached through a root field that answers with data).
 */
export function argumentSites(schema: GraphQLSchema, samples: SampleValues): ArgumentSite[] {
  const sites: ArgumentSite[] = [];
  const query = schema.getQueryType()!;
  const reached = new Set<string>([query.name]);
  let frontier: { type: GraphQLObjectType; steps: Step[] }[] = [{ type: query, steps: [] }];
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { type, steps } of frontier) {
      for (const field of byIdFirst(Object.values(type.getFields()))) {
        for (const argument of field.args) {
          for (const { inputPath, type: positionType } of textPositions(argument)) {
            const sample = sampleLiteral(field.name, inputPath.at(-1)!, positionType, samples)!;
            sites.push({
              name: `${type.name}.${field.name}(${inputPath.join('.')})`,
              steps: [...steps, { field: field.name, args: stepArgs(field, samples, argument.name) }],
              inputPath,
              typeName: String(positionType),
              isList: isListType(getNullableType(positionType)),
              answersObject: !isLeafType(getNamedType(field.type)),
              sample: sample.startsWith('"') ? (JSON.parse(sample) as string) : sample,
            });
          }
        }
        for (const { type: answer, on } of concreteTypes(schema, getNamedType(field.type))) {
          if (reached.has(answer.name)) continue;
          reached.add(answer.name);
          next.push({ type: answer, steps: [...steps, { field: field.name, args: stepArgs(field, samples), inside: on }] });
        }
      }
    }
    frontier = next;
  }
  return sites;
}

/** A GraphQL literal of a string, as a client that escapes properly writes it. */
const stringLiteral = (value: string) => JSON.stringify(value);

/**
 * The operation that sends `value` to the site: in a variable (`$value`, the way clients should
 * send input), or written into the query as a string literal.
 */
export function operationFor(
  site: ArgumentSite,
  value: string,
  how: 'variable' | 'literal',
): { query: string; variables: Record<string, unknown> } {
  const target = how === 'variable' ? '$value' : site.isList ? `[${stringLiteral(value)}]` : stringLiteral(value);
  // The targeted argument with its input objects around it: filter: { text: $value }.
  const [argument, ...fields] = site.inputPath;
  const argumentValue = fields.reduceRight((inner, field) => `{ ${field}: ${inner} }`, target);
  let selection = '';
  for (let index = site.steps.length - 1; index >= 0; index -= 1) {
    const step = site.steps[index];
    const last = index === site.steps.length - 1;
    const args = Object.entries(last ? { ...step.args, [argument]: argumentValue } : step.args);
    const call = args.length > 0 ? `${step.field}(${args.map(([name, literal]) => `${name}: ${literal}`).join(', ')})` : step.field;
    if (last) selection = site.answersObject ? `${call} { __typename }` : call;
    else selection = `${call} { ${step.inside ? `... on ${step.inside} { ${selection} }` : selection} }`;
  }
  return how === 'variable'
    ? { query: `query Site($value: ${site.typeName}) { ${selection} }`, variables: { value: site.isList ? [value] : value } }
    : { query: `query Site { ${selection} }`, variables: {} };
}
