import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import {
  dataFileSchema,
  documentsFileSchema,
  entitySchema,
  kindsFileSchema,
  QUALIFIERS,
  relationSchema,
  type Entity,
  type EntityInput,
  type Kinds,
  type Ontology,
  type ParticipantQualifier,
  type Qualifier,
  type Relation,
  type RelationKind,
  type RelationInput,
  type Source,
  type SourceDocument,
} from './model';
import { foldForSearch, locateQuote, normaliseWithOffsets, type NormalisedText } from './normalise';

/** The folder that holds schema/, data/ and documents/. */
export const ONTOLOGY_DIR = path.resolve(__dirname, '..');

/** One thing wrong with the ontology, located so that an editor can find it. */
export interface ValidationIssue {
  /** Path of the file, relative to the ontology folder's parent (e.g. `ontology/data/prosecution.yaml`). */
  file: string;
  /** The entry at fault: its id where it has one, else its position (`relations[3]`). */
  entry?: string;
  line?: number;
  message: string;
}

export class OntologyValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(`The ontology has ${issues.length} error(s):\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'OntologyValidationError';
  }
}

/** `file:line: entry: message`, the form editors and terminals turn into links. */
export function formatIssue(issue: ValidationIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return `${where}: ${issue.entry ? `${issue.entry}: ` : ''}${issue.message}`;
}

interface ParsedYaml {
  file: string;
  value: unknown;
  lineOf(pathInFile: (string | number)[]): number | undefined;
}

function parseYaml(absolutePath: string, root: string, issues: ValidationIssue[]): ParsedYaml | null {
  const file = path.relative(path.dirname(root), absolutePath);
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(readFileSync(absolutePath, 'utf8'), { lineCounter, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      issues.push({ file, line: error.linePos?.[0].line, message: `YAML syntax: ${error.message.split('\n')[0]}` });
    }
    return null;
  }
  return {
    file,
    value: document.toJS({ maxAliasCount: 1000 }),
    lineOf(pathInFile) {
      const node = document.getIn(pathInFile, true) as { range?: [number, number, number] } | undefined;
      return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    },
  };
}

function zodIssues(error: z.ZodError, parsed: ParsedYaml, basePath: (string | number)[], entry?: string): ValidationIssue[] {
  return error.issues.map((issue) => {
    const fieldPath = issue.path.map(String).join('.');
    return {
      file: parsed.file,
      entry,
      line: parsed.lineOf([...basePath, ...(issue.path as (string | number)[])]) ?? parsed.lineOf(basePath),
      message: fieldPath ? `${fieldPath}: ${issue.message}` : issue.message,
    };
  });
}

/**
 * Reads only the kinds (schema/kinds.yaml): what the server needs to build its enums.
 * @throws OntologyValidationError when the file is invalid.
 */
export function loadOntologyKinds(root: string = ONTOLOGY_DIR): Kinds {
  const issues: ValidationIssue[] = [];
  const kinds = loadKinds(root, issues);
  if (!kinds || issues.length > 0) throw new OntologyValidationError(issues);
  return kinds;
}

function loadKinds(root: string, issues: ValidationIssue[]): Kinds | null {
  const parsed = parseYaml(path.join(root, 'schema', 'kinds.yaml'), root, issues);
  if (!parsed) return null;
  const result = kindsFileSchema.safeParse(parsed.value);
  if (!result.success) {
    issues.push(...zodIssues(result.error, parsed, []));
    return null;
  }
  const entityKinds = Object.entries(result.data.entityKinds).map(([id, kind]) => ({ id, ...kind }));
  const relationKinds = Object.entries(result.data.relationKinds).map(([id, kind]) => ({ id, ...kind }));
  const known = new Set(entityKinds.map((kind) => kind.id));
  for (const kind of relationKinds) {
    for (const end of ['from', 'to'] as const) {
      for (const entityKind of kind[end]) {
        if (!known.has(entityKind)) {
          issues.push({
            file: parsed.file,
            entry: `relationKinds.${kind.id}`,
            line: parsed.lineOf(['relationKinds', kind.id, end]),
            message: `${end}: unknown entity kind "${entityKind}" (known: ${[...known].join(', ')})`,
          });
        }
      }
    }
  }
  const relationKindIds = new Set(relationKinds.map((kind) => kind.id));
  for (const kind of relationKinds) {
    for (const [qualifier, derived] of Object.entries(kind.derives ?? {})) {
      const where = { file: parsed.file, entry: `relationKinds.${kind.id}`, line: parsed.lineOf(['relationKinds', kind.id, 'derives']) };
      if (!relationKindIds.has(derived)) issues.push({ ...where, message: `derives: unknown relation kind "${derived}"` });
      if (!kind.qualifiers?.includes(qualifier as Qualifier))
        issues.push({ ...where, message: `derives: "${qualifier}" is not among the kind's qualifiers` });
    }
  }
  return { entityKinds, relationKinds, branchOrder: result.data.branchOrder };
}

function loadDocuments(root: string, issues: ValidationIssue[]): SourceDocument[] {
  const parsed = parseYaml(path.join(root, 'documents', 'documents.yaml'), root, issues);
  if (!parsed) return [];
  const result = documentsFileSchema.safeParse(parsed.value);
  if (!result.success) {
    issues.push(...zodIssues(result.error, parsed, []));
    return [];
  }
  const documents: SourceDocument[] = [];
  result.data.documents.forEach((document, index) => {
    const textPath = path.join(root, 'documents', `${document.id}.txt`);
    try {
      documents.push({ ...document, text: readFileSync(textPath, 'utf8') });
    } catch {
      issues.push({
        file: parsed.file,
        entry: document.id,
        line: parsed.lineOf(['documents', index]),
        message: `no text file ${path.relative(path.dirname(root), textPath)}`,
      });
    }
  });
  return documents;
}

interface Located<T> {
  value: T;
  file: string;
  entry: string;
  line?: number;
  lineOf(field: (string | number)[]): number | undefined;
}

function loadDataFiles(root: string, issues: ValidationIssue[]) {
  const entities: Located<EntityInput>[] = [];
  const relations: Located<RelationInput>[] = [];
  const dataDir = path.join(root, 'data');
  const files = readdirSync(dataDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  for (const name of files) {
    const parsed = parseYaml(path.join(dataDir, name), root, issues);
    if (!parsed) continue;
    const shape = dataFileSchema.safeParse(parsed.value ?? {});
    if (!shape.success) {
      issues.push(...zodIssues(shape.error, parsed, []));
      continue;
    }
    const collect = <T>(section: 'entities' | 'relations', schema: z.ZodType<T>, into: Located<T>[]) => {
      (shape.data[section] ?? []).forEach((raw, index) => {
        const basePath = [section, index];
        const rawId = (raw as { id?: unknown } | null)?.id;
        const entry = typeof rawId === 'string' ? rawId : `${section}[${index}]`;
        const result = schema.safeParse(raw);
        if (!result.success) {
          issues.push(...zodIssues(result.error, parsed, basePath, entry));
          return;
        }
        into.push({
          value: result.data,
          file: parsed.file,
          entry,
          line: parsed.lineOf(basePath),
          lineOf: (field) => parsed.lineOf([...basePath, ...field]) ?? parsed.lineOf(basePath),
        });
      });
    };
    collect('entities', entitySchema, entities);
    collect('relations', relationSchema, relations);
  }
  return { entities, relations };
}

/** Whether the period [from, to] lies within [outerFrom, outerTo]; open ends mean "still valid". */
function within(from: string, to: string | undefined, outerFrom: string, outerTo: string | undefined): boolean {
  if (from < outerFrom) return false;
  if (outerTo === undefined) return true;
  return to !== undefined && to <= outerTo;
}

function validateAndResolveSources(
  located: Located<{ sources?: EntityInput['sources'] }>,
  documentTexts: Map<string, NormalisedText>,
  entitiesById: Map<string, EntityInput>,
  issues: ValidationIssue[],
): Source[] {
  const resolved: Source[] = [];
  (located.value.sources ?? []).forEach((source, index) => {
    const fail = (message: string) =>
      issues.push({
        file: located.file,
        entry: located.entry,
        line: located.lineOf(['sources', index]),
        message: `sources[${index}]: ${message}`,
      });
    if ('document' in source) {
      const document = documentTexts.get(source.document);
      if (!document) {
        fail(`unknown document "${source.document}" (known: ${[...documentTexts.keys()].join(', ')})`);
        return;
      }
      const location = locateQuote(document, source.quote);
      if (!location) {
        fail(`the quote is not verbatim in document ${source.document}: "${source.quote.slice(0, 80)}"`);
        return;
      }
      resolved.push({ kind: 'passage', document: source.document, quote: source.quote, ...location });
    } else if ('act' in source) {
      const act = entitiesById.get(source.act);
      if (!act || act.kind !== 'legal-act') {
        fail(`act "${source.act}" is not a legal act of the ontology`);
        return;
      }
      resolved.push({
        kind: 'legal-basis',
        act: source.act,
        article: source.article,
        ...(source.wording ? { wording: source.wording } : {}),
        ...(act.officialText ? { url: act.officialText } : {}),
      });
    } else {
      resolved.push({ kind: 'reference', ...source });
    }
  });
  return resolved;
}

/**
 * Turns the participants inside a relation (the consents, nominations and recommendations of an
 * appointment) into edges of their own, of the kinds its kind `derives` them as.
 */
export function deriveEdges(relation: Relation, kind: RelationKind): Relation[] {
  return Object.entries(kind.derives ?? {}).flatMap(([qualifier, type]) =>
    (relation[qualifier as ParticipantQualifier] ?? []).map((from) => ({
      id: `${relation.id}--${PARTICIPANT_ROLES[qualifier as ParticipantQualifier]}--${from}`,
      type,
      from,
      to: relation.to,
      validFrom: relation.validFrom,
      validTo: relation.validTo,
      sources: relation.sources,
      derivedFrom: relation.id,
    })),
  );
}

/** The participant's role in a derived edge's id (`<relation>--consent--<participant>`): ids stay stable. */
const PARTICIPANT_ROLES: Record<ParticipantQualifier, string> = {
  consentOf: 'consent',
  nominatedBy: 'nomination',
  recommendedBy: 'recommendation',
};

/**
 * The version a graph of this content is stamped with: a hash of all of it, and of its names and
 * aliases as search folds them (the seed stores them so), so that a graph seeded before the fold
 * changed is seeded again.
 */
export function hashOntology(content: Omit<Ontology, 'version'>): string {
  const searchKeys = content.entities.map((entity) =>
    [...Object.values(entity.names), ...Object.values(entity.aliases ?? {}).flat()].map(foldForSearch),
  );
  return createHash('sha256').update(JSON.stringify(content)).update(JSON.stringify(searchKeys)).digest('hex').slice(0, 16);
}

/**
 * Reads and validates the whole ontology (schema/kinds.yaml, data/*.yaml, documents/).
 * @throws OntologyValidationError listing every problem found, each with its file and entry.
 */
export function loadOntology(root: string = ONTOLOGY_DIR): Ontology {
  const issues: ValidationIssue[] = [];
  const kinds = loadKinds(root, issues);
  const documents = loadDocuments(root, issues);
  const { entities, relations } = loadDataFiles(root, issues);
  if (!kinds) throw new OntologyValidationError(issues);

  const entityKinds = new Set(kinds.entityKinds.map((kind) => kind.id));
  const relationKinds = new Map(kinds.relationKinds.map((kind) => [kind.id, kind]));
  const documentTexts = new Map(documents.map((document) => [document.id, normaliseWithOffsets(document.text)]));

  const entitiesById = new Map<string, EntityInput>();
  const firstDefinition = new Map<string, string>();
  for (const located of entities) {
    const { value } = located;
    const issue = (message: string, field?: string) =>
      issues.push({ file: located.file, entry: located.entry, line: field ? located.lineOf([field]) : located.line, message });
    const first = firstDefinition.get(value.id);
    if (first) issue(`duplicate entity id "${value.id}" (first defined at ${first})`, 'id');
    else firstDefinition.set(value.id, `${located.file}:${located.line}`);
    entitiesById.set(value.id, value);
    if (!entityKinds.has(value.kind)) issue(`kind: unknown entity kind "${value.kind}" (known: ${[...entityKinds].join(', ')})`, 'kind');
    if (value.validTo && value.validTo < value.validFrom)
      issue(`validTo ${value.validTo} is before validFrom ${value.validFrom}`, 'validTo');
  }
  for (const located of entities) {
    const branch = located.value.branch;
    if (branch && entitiesById.get(branch)?.kind !== 'branch') {
      issues.push({
        file: located.file,
        entry: located.entry,
        line: located.lineOf(['branch']),
        message: `branch: "${branch}" is not an entity of kind "branch"`,
      });
    }
  }
  const branchIds = entities.filter((located) => located.value.kind === 'branch').map((located) => located.value.id);
  const unordered = [
    ...branchIds.filter((id) => !kinds.branchOrder.includes(id)),
    ...kinds.branchOrder.filter((id) => !branchIds.includes(id)),
  ];
  if (unordered.length > 0) {
    issues.push({
      file: path.relative(path.dirname(root), path.join(root, 'schema', 'kinds.yaml')),
      entry: 'branchOrder',
      message: `branchOrder must list every branch entity once, and nothing else: ${unordered.join(', ')}`,
    });
  }

  const resolvedEntities: Entity[] = entities.map((located) => ({
    ...located.value,
    sources: validateAndResolveSources(located, documentTexts, entitiesById, issues),
  }));

  const relationIds = new Map<string, string>();
  const resolvedRelations: Relation[] = [];
  for (const located of relations) {
    const { value } = located;
    const issue = (message: string, field?: string) =>
      issues.push({ file: located.file, entry: located.entry, line: field ? located.lineOf([field]) : located.line, message });
    const first = relationIds.get(value.id);
    if (first) issue(`duplicate relation id "${value.id}" (first defined at ${first})`, 'id');
    else relationIds.set(value.id, `${located.file}:${located.line}`);
    const kind = relationKinds.get(value.type);
    if (!kind) issue(`type: unknown relation type "${value.type}" (known: ${[...relationKinds.keys()].join(', ')})`, 'type');
    if (value.validTo && value.validTo < value.validFrom)
      issue(`validTo ${value.validTo} is before validFrom ${value.validFrom}`, 'validTo');
    for (const end of ['from', 'to'] as const) {
      const entity = entitiesById.get(value[end]);
      if (!entity) {
        issue(`${end}: unknown entity "${value[end]}"`, end);
      } else {
        if (kind && !kind[end].includes(entity.kind)) {
          issue(
            `${end}: a "${value.type}" relation cannot ${end === 'from' ? 'start at' : 'end at'} "${entity.id}" of kind "${entity.kind}" (allowed: ${kind[end].join(', ')})`,
            end,
          );
        }
        // Ends the kind outlives (see kinds.yaml) need not exist for the relation's whole life.
        if (!kind?.outlives?.includes(end) && !within(value.validFrom, value.validTo, entity.validFrom, entity.validTo)) {
          issue(
            `${end}: the relation's dates (${value.validFrom} to ${value.validTo ?? 'now'}) fall outside those of "${entity.id}" (${entity.validFrom} to ${entity.validTo ?? 'now'})`,
            'validFrom',
          );
        }
      }
    }
    const [predecessor, successor] = [entitiesById.get(value.from), entitiesById.get(value.to)];
    if (kind?.succession && predecessor && successor && successor.validFrom < predecessor.validFrom) {
      issue(
        `to: "${successor.id}" (from ${successor.validFrom}) began before "${predecessor.id}" (from ${predecessor.validFrom}), so it cannot have succeeded it`,
        'to',
      );
    }
    for (const role of ['consentOf', 'nominatedBy', 'recommendedBy'] as const) {
      for (const participant of value[role] ?? []) {
        const entity = entitiesById.get(participant);
        if (!entity) issue(`${role}: unknown entity "${participant}"`, role);
        else if (!within(value.validFrom, value.validTo, entity.validFrom, entity.validTo)) {
          issue(
            `${role}: "${participant}" (${entity.validFrom} to ${entity.validTo ?? 'now'}) did not exist for the whole relation (${value.validFrom} to ${value.validTo ?? 'now'})`,
            role,
          );
        }
      }
    }
    for (const qualifier of QUALIFIERS) {
      if (value[qualifier] === undefined || !kind || kind.qualifiers?.includes(qualifier)) continue;
      const allowedOn = kinds.relationKinds.filter((other) => other.qualifiers?.includes(qualifier)).map((other) => `"${other.id}"`);
      issue(`${qualifier} belongs on ${allowedOn.join(', ')} relations only`, qualifier);
    }

    const relation: Relation = { ...value, sources: validateAndResolveSources(located, documentTexts, entitiesById, issues) };
    resolvedRelations.push(relation, ...(kind ? deriveEdges(relation, kind) : []));
  }

  if (issues.length > 0) throw new OntologyValidationError(issues);
  const content = { kinds, documents, entities: resolvedEntities, relations: resolvedRelations };
  return { ...content, version: hashOntology(content) };
}
