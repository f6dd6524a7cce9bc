import { apiLang, graphql, type Lang, type NamedRef } from './api';
import { gql } from './gql';
import { h } from './dom';
import { t } from './i18n';

/** What a question found: the entities and relations to mark in the graph, and the answer to show. */
export interface Answer {
  nodeIds: string[];
  relationIds: string[];
  content: HTMLElement;
}

const names = (refs: NamedRef[]) => refs.map((ref) => ref.name).join(', ');

const APPOINTMENT_CHAIN = gql(`query Chain($id: ID!, $asOf: Date, $lang: Lang) {
  appointmentChain(id: $id, asOf: $asOf) {
    links {
      appointer { id name(lang: $lang) }
      appointee { id name(lang: $lang) }
      consentOf { id name(lang: $lang) }
      nominatedBy { id name(lang: $lang) }
      term { text(lang: $lang) }
      relation { id }
    }
  }
}`);

/**
 * "Who appoints this?": the chain of appointments up to whoever nobody appoints (the top), every
 * branch of it, nearest level first, with the consents and nominations each step needs; the
 * server walks it (`appointmentChain`) in one request.
 */
export async function appointmentChain(id: string, asOf: string, lang: Lang): Promise<Answer> {
  const {
    appointmentChain: { links: steps },
  } = await graphql(APPOINTMENT_CHAIN, { id, asOf, lang: apiLang(lang) });
  const content = steps.length
    ? h(
        'ol',
        { class: 'answer chain' },
        steps.map((step) =>
          h(
            'li',
            {},
            `${step.appointer.name} → ${step.appointee.name}`,
            step.consentOf.length ? ` (${t(lang, 'withConsentOf')} ${names(step.consentOf)})` : '',
            step.nominatedBy.length ? ` (${t(lang, 'onNominationOf')} ${names(step.nominatedBy)})` : '',
            step.term ? `, ${step.term.text}` : '',
          ),
        ),
      )
    : h('p', { class: 'empty' }, t(lang, 'nobodyAppoints'));
  return {
    nodeIds: [
      ...new Set(
        steps.flatMap((step) => [
          step.appointer.id,
          step.appointee.id,
          ...step.consentOf.map((ref) => ref.id),
          ...step.nominatedBy.map((ref) => ref.id),
        ]),
      ),
    ],
    relationIds: steps.map((step) => step.relation.id),
    content,
  };
}

const APPOINTEES = gql(`query Appointees($id: ID!, $asOf: Date, $lang: Lang) {
  appointees(id: $id, asOf: $asOf) {
    appointee { id name(lang: $lang) }
    consentOf { id name(lang: $lang) }
    nominatedBy { id name(lang: $lang) }
    relation { id }
  }
}`);

/** "Whom does this appoint?" */
export async function appointeesOf(id: string, asOf: string, lang: Lang): Promise<Answer> {
  const { appointees } = await graphql(APPOINTEES, { id, asOf, lang: apiLang(lang) });
  return {
    nodeIds: [id, ...appointees.map((item) => item.appointee.id)],
    relationIds: appointees.map((item) => item.relation.id),
    content: appointees.length
      ? h(
          'ul',
          { class: 'answer' },
          appointees.map((item) =>
            h(
              'li',
              {},
              item.appointee.name,
              item.consentOf.length ? ` (${t(lang, 'withConsentOf')} ${names(item.consentOf)})` : '',
              item.nominatedBy.length ? ` (${t(lang, 'onNominationOf')} ${names(item.nominatedBy)})` : '',
            ),
          ),
        )
      : h('p', { class: 'empty' }, t(lang, 'appointsNobody')),
  };
}

const WHO_CAN_REMOVE = gql(`query Remove($id: ID!, $asOf: Date, $lang: Lang) {
  whoCanRemove(id: $id, asOf: $asOf) { by { id name(lang: $lang) } kind relation { id label(lang: $lang) } }
}`);

/** "Who can remove this?": dismissal, no confidence, dissolution, lifting of immunity. */
export async function removers(id: string, asOf: string, lang: Lang): Promise<Answer> {
  const { whoCanRemove } = await graphql(WHO_CAN_REMOVE, { id, asOf, lang: apiLang(lang) });
  return {
    nodeIds: [id, ...whoCanRemove.map((item) => item.by.id)],
    relationIds: whoCanRemove.map((item) => item.relation.id),
    content: whoCanRemove.length
      ? h(
          'ul',
          { class: 'answer' },
          whoCanRemove.map((item) => h('li', {}, `${item.by.name}: ${item.relation.label}`)),
        )
      : h('p', { class: 'empty' }, t(lang, 'nobodyRemoves')),
  };
}

const PATH = gql(`query Path($from: ID!, $to: ID!, $asOf: Date, $lang: Lang) {
  path(from: $from, to: $to, asOf: $asOf) { length steps { relation { id from { id } to { id } } } explanation(lang: $lang) }
}`);

/** "How is A connected to B?": the shortest paths, each step explained in a sentence. */
export async function pathBetween(from: string, to: string, asOf: string, lang: Lang): Promise<Answer> {
  const { path } = await graphql(PATH, { from, to, asOf, lang: apiLang(lang) });
  return {
    nodeIds: [...new Set(path.flatMap((item) => item.steps.flatMap((step) => [step.relation.from.id, step.relation.to.id])))],
    relationIds: path.flatMap((item) => item.steps.map((step) => step.relation.id)),
    content: path.length
      ? h(
          'div',
          { class: 'answer paths' },
          path.map((item) =>
            h(
              'ol',
              { class: 'path' },
              item.explanation.map((sentence) => h('li', {}, sentence)),
            ),
          ),
        )
      : h('p', { class: 'empty' }, t(lang, 'noPath')),
  };
}
