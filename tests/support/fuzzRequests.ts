/**
 * Requests for the fuzzer, drawn by fast-check: GraphQL operations built from the API's real
 * schema (any root field, arguments right and wrong, nested selections), the same operations with
 * their text broken, and HTTP requests of every shape against every route.
 */
import fc, { type GeneratorValue } from 'fast-check';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { INJECTION_PAYLOADS } from './hostileInput';

/** Values that exist in the graph, so that many operations get real answers. */
export interface FuzzSamples {
  ids: string[];
  words: string[];
  cursors: string[];
  versions: string[];
}

export interface FuzzRequest {
  kind: 'operation by POST' | 'operation by GET' | 'broken operation' | 'any HTTP';
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

const DEEPEST_SELECTION = 2;

/** Text of any kind: what people type, what breaks things, and nothing. */
const anyText = () =>
  fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom(...INJECTION_PAYLOADS));

/** A date as the API takes it (a day, a month, a year), or something that is almost one. */
const dateText = () =>
  fc.oneof(
    {},
    {
      weight: 4,
      arbitrary: fc
        .date({ min: new Date('1300-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
    },
    { weight: 1, arbitrary: fc.integer({ min: 1200, max: 2200 }).map(String) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }))
        .map(([year, month]) => `${year}-${String(month).padStart(2, '0')}`),
    },
    { weight: 1, arbitrary: anyText() },
  );

// What `g` draws from is built by functions that fast-check calls once per distinct arguments and
// keeps (comparing arguments one by one): so these are built once here, never inline.

/** Mostly one of `known`, sometimes any text. */
const mostlyOneOf = (known: string[]) =>
  fc.oneof({}, { weight: 4, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: anyText() });
const intValue = () =>
  fc.oneof(
    {},
    { weight: 5, arbitrary: fc.integer({ min: -2, max: 250 }) },
    { weight: 1, arbitrary: fc.constantFrom(2 ** 31 - 1, -(2 ** 31), 2 ** 53, 0.5) },
  );
const insertion = () =>
  fc.oneof(
    fc.constantFrom('{', '}', '(', ')', '[', ']', ':', '$', '@', '!', '...', '"', '\\', '#', '\n', ',', '""""', 'on', 'fragment', 'query'),
    fc.string({ unit: 'grapheme', maxLength: 3 }),
  );

/** A value for an input of `type`, mostly one the API accepts. */
function inputValue(g: GeneratorValue, type: GraphQLInputType, name: string, samples: FuzzSamples, depth = 0): unknown {
  if (isNonNullType(type)) return g(fc.integer, { min: 0, max: 40 }) === 0 ? null : inputValue(g, type.ofType, name, samples, depth);
  if (g(fc.integer, { min: 0, max: 12 }) === 0) return null;
  if (isListType(type)) {
    const length = g(fc.integer, { min: 0, max: 3 });
    return Array.from({ length }, () => inputValue(g, type.ofType, name, samples, depth + 1));
  }
  if (isEnumType(type))
    return g(fc.integer, { min: 0, max: 8 }) === 0 ? g(anyText) : g(fc.constantFrom, ...type.getValues().map((value) => value.name));
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields()))
      if (isNonNullType(field.type) || g(fc.boolean)) value[field.name] = inputValue(g, field.type, field.name, samples, depth + 1);
    return value;
  }
  switch (type.name) {
    case 'Date':
      return g(dateText);
    case 'ID':
      return g(mostlyOneOf, samples.ids);
    case 'String': {
      const known = name === 'after' ? samples.cursors : name === 'version' ? samples.versions : samples.words;
      return g(mostlyOneOf, known);
    }
    case 'Int':
      return g(intValue);
    case 'Float':
      return g(fc.double);
    case 'Boolean':
      return g(fc.boolean);
    default:
      return g(fc.jsonValue);
  }
}

/** `value` written as a GraphQL literal for `type` (enum values bare when they are names). */
function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  const named = getNamedType(type);
  if (Array.isArray(value))
    return `[${value.map((item) => literal(item, isListType(getNullable(type)) ? (getNullable(type) as { ofType: GraphQLInputType }).ofType : type)).join(', ')}]`;
  if (isEnumType(named) && typeof value === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (isInputObjectType(named) && typeof value === 'object') {
    const fields = named.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([name, inner]) => `${name}: ${literal(inner, fields[name].type)}`)
      .join(', ')} }`;
  }
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

const getNullable = (type: GraphQLInputType): GraphQLInputType => (isNonNullType(type) ? type.ofType : type);

class OperationBuilder {
  readonly variables: Record<string, unknown> = {};
  private readonly definitions: string[] = [];
  private aliases = 0;

  constructor(
    private readonly g: GeneratorValue,
    private readonly schema: GraphQLSchema,
    private readonly samples: FuzzSamples,
    private readonly inVariables: boolean,
  ) {}

  field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const { g } = this;
    const args = field.args
      .filter((argument) =>
        isNonNullType(argument.type) ? g(fc.integer, { min: 0, max: 30 }) > 0 : g(fc.integer, { min: 0, max: 2 }) === 0,
      )
      .map((argument) => {
        const value = inputValue(g, argument.type, argument.name, this.samples);
        if (!this.inVariables) return `${argument.name}: ${literal(value, argument.type)}`;
        const variable = `v${this.definitions.length}`;
        this.definitions.push(`$${variable}: ${String(argument.type)}`);
        this.variables[variable] = value;
        return `${argument.name}: $${variable}`;
      });
    const alias = g(fc.integer, { min: 0, max: 4 }) === 0 ? `a${(this.aliases += 1)}: ` : '';
    const call = `${alias}${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}`;
    const type = getNamedType(field.type);
    return isCompositeType(type) ? `${call} { ${this.selection(type, depth + 1)} }` : call;
  }

  selection(type: GraphQLNamedType, depth: number): string {
    const { g } = this;
    if (depth > DEEPEST_SELECTION) return '__typename';
    if (isInterfaceType(type) || isUnionType(type)) {
      // By name: fast-check compares what it draws, and schema objects refer to each other without end.
      const kinds = g(
        fc.subarray,
        this.schema.getPossibleTypes(type).map((kind) => kind.name),
        { minLength: 0, maxLength: Math.min(2, this.schema.getPossibleTypes(type).length) },
      );
      return ['__typename', ...kinds.map((kind) => `... on ${kind} { ${this.selection(this.schema.getType(kind)!, depth)} }`)].join(' ');
    }
    if (!isObjectType(type)) return '__typename';
    const fields = type.getFields();
    const names = Object.keys(fields);
    return g(fc.subarray, names, { minLength: 1, maxLength: Math.min(3, names.length) })
      .map((name) => this.field(fields[name], depth))
      .join(' ');
  }

  operation(): { query: string; variables: Record<string, unknown> } {
    const { g } = this;
    const roots = this.schema.getQueryType()!.getFields();
    const fields = Array.from({ length: g(fc.integer, { min: 1, max: 2 }) }, () =>
      this.field(roots[g(fc.constantFrom, ...Object.keys(roots))], 0),
    );
    const definitions = this.definitions.length > 0 ? `(${this.definitions.join(', ')})` : '';
    return { query: `query Fuzz${definitions} { ${fields.join(' ')} }`, variables: this.variables };
  }
}

/** A GraphQL operation of the real schema, its arguments right and wrong, in variables or in the text. */
export function operation(
  g: GeneratorValue,
  schema: GraphQLSchema,
  samples: FuzzSamples,
): { query: string; variables: Record<string, unknown> } {
  return new OperationBuilder(g, schema, samples, g(fc.boolean)).operation();
}

/** `text` with a few characters dropped, doubled or swapped for ones that matter to GraphQL. */
function broken(g: GeneratorValue, text: string): string {
  let result = text;
  for (let edit = g(fc.integer, { min: 1, max: 4 }); edit > 0; edit -= 1) {
    const at = g(fc.integer, { min: 0, max: result.length });
    const insert = g(insertion);
    const drop = g(fc.integer, { min: 0, max: 5 });
    result = result.slice(0, at) + insert + result.slice(at + drop);
  }
  return result;
}

const HEADER_TEXT = () =>
  fc.string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_;=,/*.+ "\'ё'.split('').filter((char) => char.charCodeAt(0) < 128)),
    maxLength: 40,
  });

const queryParameters = () =>
  fc.array(
    fc.tuple(
      fc.constantFrom('query', 'variables', 'operationName', 'extensions', 'asOf', 'lang', 'url', 'focus', 'date', 'version', 'format'),
      fc.oneof(anyText(), fc.json()),
    ),
    { maxLength: 3 },
  );
const contentType = () =>
  fc.oneof(
    fc.constantFrom(
      'application/json',
      'application/graphql-response+json',
      'application/json; charset=latin1',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      'application/graphql',
    ),
    HEADER_TEXT(),
  );
const accept = () =>
  fc.oneof(fc.constantFrom('application/json', 'application/graphql-response+json', 'text/html', '*/*', 'image/png'), HEADER_TEXT());

/** An HTTP request of any shape to any route: methods, paths, types and bodies the API never asked for. */
function anyHttp(g: GeneratorValue, schema: GraphQLSchema, samples: FuzzSamples): FuzzRequest {
  const method = g(fc.constantFrom, 'GET', 'GET', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD');
  const route = g(
    fc.constantFrom,
    '/graphql',
    '/graphql/',
    '/graphql/x',
    '/',
    '/embed',
    '/oembed',
    '/export/graph.json',
    '/export/entities.csv',
    '/export/view.html',
    '/export/nothing',
    '/health/live',
    '/health/ready',
    '/assets/none.js',
    '/kz-legal-graph.js',
    '/%E0%A4%A',
    '/..%2F..%2Fetc%2Fpasswd',
  );
  const parameters = g(queryParameters);
  const search = parameters.length > 0 ? `?${parameters.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}` : '';
  const headers: Record<string, string> = {};
  if (g(fc.boolean)) headers['content-type'] = g(contentType);
  if (g(fc.boolean)) headers.accept = g(accept);
  if (g(fc.boolean)) headers['accept-language'] = g(HEADER_TEXT);
  if (g(fc.integer, { min: 0, max: 4 }) === 0)
    headers.origin = g(fc.constantFrom, 'https://moodle.example.edu', 'null', 'http://evil.example');
  if (g(fc.integer, { min: 0, max: 4 }) === 0) headers['if-none-match'] = g(HEADER_TEXT);
  let body: FuzzRequest['body'];
  if (!['GET', 'HEAD'].includes(method) && g(fc.boolean)) {
    const shape = g(fc.nat, { max: 3 });
    if (shape === 0) body = g(fc.json);
    else if (shape === 1) body = g(fc.uint8Array, { maxLength: 200 });
    else if (shape === 2) body = JSON.stringify(operation(g, schema, samples));
    else
      body = g(
        fc.constantFrom,
        '',
        '{',
        '[]',
        '{"query":null}',
        '{"query":"{ documents { id } }","variables":[]}',
        '{"query":"{ documents { id } }","operationName":7}',
      );
  }
  return { kind: 'any HTTP', method, path: `${route}${search}`, headers, body };
}

/** One request of the fuzzer's mix: a fifth real operations (they cost the database), the rest broken or odd (they cost the parser and the router). */
function drawRequest(g: GeneratorValue, schema: GraphQLSchema, samples: FuzzSamples): FuzzRequest {
  const kind = g(fc.constantFrom, 'post', 'get', 'broken', 'broken', 'broken', 'http', 'http', 'http', 'http', 'http');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (kind === 'http') return anyHttp(g, schema, samples);
  const { query, variables } = operation(g, schema, samples);
  if (kind === 'get') {
    return {
      kind: 'operation by GET',
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`,
      headers: {},
    };
  }
  if (kind === 'broken')
    return {
      kind: 'broken operation',
      method: 'POST',
      path: '/graphql',
      headers,
      body: JSON.stringify({ query: broken(g, query), variables }),
    };
  return { kind: 'operation by POST', method: 'POST', path: '/graphql', headers, body: JSON.stringify({ query, variables }) };
}

/**
 * `count` requests of the fuzzer's mix, to be sent together. Drawn from one generator: siblings
 * drawn from generators of their own would start from the same random state, and be the same.
 */
export function fuzzBatch(schema: GraphQLSchema, samples: FuzzSamples, count: number): fc.Arbitrary<FuzzRequest[]> {
  return fc.gen().map((g) => Array.from({ length: count }, () => drawRequest(g, schema, samples)));
}
