import type { Lang } from '../../../ontology/src';
import type { RelationRecord } from '../graph/graph.records';
import { relationKindsById } from '../graphql/kinds';

type EntityNames = Record<Lang, string>;

/** Every word after the first starts in lower case: "District prosecutor", not "Prosecutor General". */
function isCommonNoun(name: string): boolean {
  const [first, ...rest] = name.split(' ');
  return rest.length > 0 && !/^\p{Lu}{2}/u.test(first) && rest.every((word) => !/^\p{Lu}/u.test(word));
}

/** "Prosecutor General" → "the Prosecutor General"; "District prosecutor" → "the district prosecutor". */
function englishNounPhrase(name: string): string {
  if (/^the /i.test(name)) return `the ${name.slice(4)}`;
  return `the ${isCommonNoun(name) ? name[0].toLowerCase() + name.slice(1) : name}`;
}

/**
 * One sentence saying what a relation means, always in its own direction (whichever way a path
 * crosses it), from the relation kind's `verb` in kinds.yaml and the two entities' names.
 *
 * English reads as a plain sentence: "The Senate consents to the appointment of the Prosecutor
 * General." Kazakh and Russian would need the object declined into the case its verb governs
 * (accusative, genitive, dative...), which the graph does not store; so the object stands after a
 * colon in its dictionary form ("Сенат даёт согласие на назначение: Генеральный прокурор."),
 * which reads correctly instead of guessing an ending.
 */
export function explainRelation(relation: RelationRecord, from: EntityNames, to: EntityNames, lang: Lang): string {
  const verb = relationKindsById.get(relation.type)?.verb[lang] ?? relation.type;
  if (lang === 'en') {
    const subject = englishNounPhrase(from.en);
    return `${subject[0].toUpperCase()}${subject.slice(1)} ${verb} ${englishNounPhrase(to.en)}.`;
  }
  return `${from[lang]} ${verb}: ${to[lang]}.`;
}

/** The explanation of a path, one sentence per relation, in a language. */
export function explainRelations(relations: RelationRecord[], namesOf: (id: string) => EntityNames, lang: Lang): string[] {
  return relations.map((relation) => explainRelation(relation, namesOf(relation.fromId), namesOf(relation.toId), lang));
}
