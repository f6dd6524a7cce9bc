import type { InstitutionDetails, Lang, NamedRef, NodeDetails, RelationInfo, SourceInfo } from './api';
import { h } from './dom';
import { provisionText, t } from './i18n';
import './details.css';

export type Question = 'whoAppoints' | 'appointees' | 'removers';

export interface DetailsContext {
  uiLang: Lang;
  /** Focus another entity (a link inside the panel was followed). */
  focus(id: string): void;
  /** Ask a question about the entity; the answer goes into `answer`. */
  ask(question: Question, id: string, answer: HTMLElement): void;
  /** Open a source document in the reader, marking a passage. */
  openPassage(documentId: string, start: number, end: number): void;
}

function readerLink(label: string, documentId: string, start: number, end: number, context: DetailsContext): HTMLElement {
  const link = h('a', { href: `#${documentId}:${start}`, class: 'open-in-reader', 'data-document': documentId }, label);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    context.openPassage(documentId, start, end);
  });
  return link;
}

function questions(id: string, context: DetailsContext): HTMLElement {
  const answer = h('div', { class: 'answer-area', 'aria-live': 'polite' });
  const ask = (question: Question, label: string) => {
    const button = h('button', { type: 'button', class: 'question', 'data-question': question }, label);
    button.addEventListener('click', () => context.ask(question, id, answer));
    return button;
  };
  const lang = context.uiLang;
  return h(
    'section',
    { class: 'questions' },
    h(
      'div',
      { class: 'question-buttons' },
      ask('whoAppoints', t(lang, 'askWhoAppoints')),
      ask('appointees', t(lang, 'askAppointees')),
      ask('removers', t(lang, 'askRemovers')),
    ),
    answer,
  );
}

function entityLink(ref: NamedRef, context: DetailsContext): HTMLElement {
  const link = h('a', { href: `#${encodeURIComponent(ref.id)}`, 'data-entity': ref.id }, ref.name);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    context.focus(ref.id);
  });
  return link;
}

function period(from: string, to: string | null, lang: Lang): string {
  return `${from} — ${to ?? t(lang, 'today')}`;
}

/** The quote in its sentence, the quoted words in bold; just the quote when there is no passage. */
function quoteInPassage(source: SourceInfo): HTMLElement {
  const passage = source.passage;
  if (!passage || source.start === null || source.end === null) return h('blockquote', { lang: 'kk' }, `«${source.quote}»`);
  const from = Math.max(0, source.start - passage.start);
  const to = Math.min(passage.text.length, source.end - passage.start);
  return h(
    'blockquote',
    { lang: 'kk', class: 'in-passage' },
    passage.text.slice(0, from),
    h('strong', { class: 'quote' }, passage.text.slice(from, to)),
    passage.text.slice(to),
  );
}

/** A link that leaves the explorer: it opens in a new tab, and says so to screen readers too. */
function externalLink(href: string, label: string, lang: Lang, className: string): HTMLElement {
  return h(
    'a',
    { href, class: className, target: '_blank', rel: 'noopener noreferrer' },
    label,
    h('span', { 'aria-hidden': 'true' }, ' ↗'),
    h('span', { class: 'visually-hidden' }, ` (${t(lang, 'opensInNewTab')})`),
  );
}

/** Longer provisions fold behind a summary, so that a relation's other sources stay in sight. */
const FOLD_WORDING_LONGER_THAN = 320;

/** The provision's own words as a quotation in their language, or a plain word that none are recorded. */
function wordingBlock(source: SourceInfo, lang: Lang): HTMLElement {
  if (!source.wording) return h('p', { class: 'no-wording' }, t(lang, 'noWording'));
  const quote = h(
    'blockquote',
    {
      class: 'wording',
      ...(source.wordingLang ? { lang: source.wordingLang.toLowerCase() } : {}),
      ...(source.url ? { cite: source.url } : {}),
    },
    source.wording,
  );
  if (source.wording.length <= FOLD_WORDING_LONGER_THAN) return quote;
  return h('details', { class: 'wording-fold' }, h('summary', {}, t(lang, 'showWording')), quote);
}

/** A legal basis: the act and its dates, the provision, its words, and a link to the act's official text. */
function legalBasisItem(source: SourceInfo, lang: Lang): HTMLElement {
  const act = source.act;
  return h(
    'li',
    { class: 'source legal-basis' },
    h('p', { class: 'provision' }, act ? [h('cite', {}, act.name), ', '] : [], provisionText(source.article ?? '', lang)),
    act ? h('p', { class: 'dates' }, `${t(lang, 'inForce')}: ${period(act.validFrom, act.validTo, lang)}`) : null,
    wordingBlock(source, lang),
    source.url ? officialTextLink(source.url, lang) : null,
  );
}

/** A legal act's official text, named by where it is (adilet.zan.kz). */
function officialTextLink(url: string, lang: Lang): HTMLElement {
  return externalLink(url, `${t(lang, 'officialText')} (${new URL(url).hostname})`, lang, 'official-text');
}

function sourceItem(source: SourceInfo, context: DetailsContext): HTMLElement {
  const lang = context.uiLang;
  switch (source.kind) {
    case 'PASSAGE':
      return h(
        'li',
        { class: 'source passage' },
        quoteInPassage(source),
        h('cite', {}, `${source.document?.title ?? ''} (${source.documentId}, ${source.start}–${source.end}) `),
        readerLink(t(lang, 'openInReader'), source.documentId!, source.start!, source.end!, context),
      );
    case 'LEGAL_BASIS':
      return legalBasisItem(source, lang);
    case 'REFERENCE':
      return h(
        'li',
        { class: 'source reference' },
        externalLink(source.url ?? '#', source.title ?? '', lang, 'reference-link'),
        ': ',
        h('q', {}, source.sentence ?? ''),
      );
  }
}

function sourceList(sources: SourceInfo[], context: DetailsContext): HTMLElement {
  return h(
    'ul',
    { class: 'sources', 'aria-label': t(context.uiLang, 'sources') },
    sources.map((source) => sourceItem(source, context)),
  );
}

function mentionList(mentions: InstitutionDetails['mentions'], context: DetailsContext): HTMLElement[] {
  if (mentions.length === 0) return [];
  return [
    h('h3', {}, `${t(context.uiLang, 'whereSourcesSpeak')} (${mentions.length})`),
    h(
      'ul',
      { class: 'mentions' },
      mentions
        .slice(0, 12)
        .map((mention) =>
          h('li', {}, readerLink(`${mention.document.title}: «${mention.text}»`, mention.document.id, mention.start, mention.end, context)),
        ),
    ),
  ];
}

function appointmentBlock(appointment: InstitutionDetails['appointedBy'][number], context: DetailsContext): HTMLElement {
  const lang = context.uiLang;
  const joinRefs = (refs: NamedRef[]) => refs.flatMap((ref, index) => [index ? ', ' : '', entityLink(ref, context)]);
  return h(
    'div',
    { class: 'appointment' },
    h(
      'p',
      {},
      entityLink(appointment.appointer, context),
      appointment.consentOf.length ? [` ${t(lang, 'withConsentOf')} `, ...joinRefs(appointment.consentOf)] : [],
      appointment.nominatedBy.length ? [` ${t(lang, 'onNominationOf')} `, ...joinRefs(appointment.nominatedBy)] : [],
    ),
    appointment.term ? h('p', {}, `${t(lang, 'term')}: ${appointment.term.text}`) : null,
    appointment.dismissedBy.length ? h('p', {}, `${t(lang, 'dismissedBy')}: `, ...joinRefs(appointment.dismissedBy)) : null,
    h('p', { class: 'dates' }, `${t(lang, 'valid')}: ${period(appointment.validFrom, appointment.validTo, lang)}`),
    sourceList(appointment.sources, context),
  );
}

function relationItem(relation: InstitutionDetails['relations'][number], context: DetailsContext): HTMLElement {
  const lang = context.uiLang;
  return h(
    'li',
    { class: 'relation', 'data-relation': relation.id },
    h('p', {}, entityLink(relation.from, context), ` — ${relation.label} → `, entityLink(relation.to, context)),
    h('p', { class: 'dates' }, period(relation.validFrom, relation.validTo, lang)),
    sourceList(relation.sources, context),
  );
}

/** The details panel for an entity: names in three languages, dates, who appoints it, its relations and sources. */
export function renderNodeDetails(node: NodeDetails, context: DetailsContext): HTMLElement {
  const lang = context.uiLang;
  // A branch groups institutions: nobody appoints or removes it, and its relations are its members'.
  const institution = node.__typename === 'Institution' ? node : null;
  return h(
    'article',
    { class: 'node-details', 'data-node': node.id },
    h('h2', {}, node.names[lang]),
    h(
      'dl',
      {},
      h('dt', {}, t(lang, 'names')),
      h(
        'dd',
        {},
        h(
          'ul',
          { class: 'names' },
          (['kk', 'ru', 'en'] as const).map((code) => h('li', { lang: code }, `${code}: ${node.names[code]}`)),
        ),
      ),
      institution?.branch ? [h('dt', {}, t(lang, 'branch')), h('dd', {}, entityLink(institution.branch, context))] : [],
      h('dt', {}, t(lang, 'valid')),
      h('dd', {}, period(node.validFrom, node.validTo, lang)),
      node.officialText ? [h('dt', {}, t(lang, 'officialText')), h('dd', {}, officialTextLink(node.officialText, lang))] : [],
    ),
    node.description ? h('p', { class: 'description' }, node.description) : null,
    institution ? questions(node.id, context) : null,
    institution
      ? [
          h('h3', {}, t(lang, 'whoAppoints')),
          institution.appointedBy.length
            ? institution.appointedBy.map((appointment) => appointmentBlock(appointment, context))
            : h('p', { class: 'empty' }, t(lang, 'nobodyAppoints')),
        ]
      : [],
    institution
      ? [
          h('h3', {}, t(lang, 'relations')),
          institution.relations.length
            ? h(
                'ul',
                { class: 'relations' },
                institution.relations.filter((relation) => !relation.derivedFrom).map((relation) => relationItem(relation, context)),
              )
            : h('p', { class: 'empty' }, t(lang, 'noRelations')),
        ]
      : [],
    node.sources.length ? [h('h3', {}, t(lang, 'sources')), sourceList(node.sources, context)] : [],
    node.notes ? [h('h3', {}, t(lang, 'notes')), h('p', {}, node.notes)] : [],
    mentionList(institution?.mentions ?? [], context),
  );
}

/** The details panel for a relation: what, between whom, when, and on what sources. */
export function renderRelationDetails(relation: RelationInfo, context: DetailsContext): HTMLElement {
  const lang = context.uiLang;
  return h(
    'article',
    { class: 'relation-details', 'data-relation': relation.id },
    h('h2', {}, entityLink(relation.from, context), ` — ${relation.label} → `, entityLink(relation.to, context)),
    relation.consentOf?.length
      ? h('p', {}, `${t(lang, 'withConsentOf')} `, ...relation.consentOf.map((ref) => entityLink(ref, context)))
      : null,
    relation.nominatedBy?.length
      ? h('p', {}, `${t(lang, 'onNominationOf')} `, ...relation.nominatedBy.map((ref) => entityLink(ref, context)))
      : null,
    relation.term ? h('p', {}, `${t(lang, 'term')}: ${relation.term.text}`) : null,
    relation.conditions ? h('p', {}, relation.conditions) : null,
    h('p', { class: 'dates' }, `${t(lang, 'valid')}: ${period(relation.validFrom, relation.validTo, lang)}`),
    h('h3', {}, t(lang, 'sources')),
    sourceList(relation.sources, context),
    relation.notes ? [h('h3', {}, t(lang, 'notes')), h('p', {}, relation.notes)] : [],
  );
}
