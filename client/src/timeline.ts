import { apiLang, graphql, type Lang } from './api';
import { gql } from './gql';
import type { CompareQuery } from './gql/graphql';
import { h } from './dom';
import { t } from './i18n';

/** The dates at which the graph changes most, marked on the timeline. */
export const KEY_DATES = [
  { label: '1922', date: '1922-12-31' },
  { label: '1936', date: '1936-12-31' },
  { label: '1991', date: '1991-12-31' },
  { label: '1995', date: '1995-12-31' },
  { label: '2007', date: '2007-12-31' },
  { label: '2017', date: '2017-12-31' },
  { label: '2022', date: '2022-12-31' },
  { label: '1.07.2026', date: '2026-07-01' },
] as const;

export const FIRST_YEAR = 1300;

/** The date a year on the slider stands for: its last day, or today for the current year. */
export function dateOfYear(year: number, today: string): string {
  return String(year) === today.slice(0, 4) ? today : `${year}-12-31`;
}

/**
 * The timeline: a year slider with the key dates marked, and buttons that jump to them.
 * `onDate` receives the chosen date.
 */
export function renderTimeline(
  container: HTMLElement,
  context: { asOf: string; today: string; lang: Lang; onDate: (date: string) => void },
): void {
  const lastYear = Number(context.today.slice(0, 4));
  const slider = h('input', {
    type: 'range',
    id: 'timeline',
    min: String(FIRST_YEAR),
    max: String(lastYear),
    step: '1',
    list: 'timeline-marks',
    value: context.asOf.slice(0, 4),
    'aria-label': t(context.lang, 'timeline'),
    'aria-valuetext': context.asOf,
  });
  slider.addEventListener('change', () => context.onDate(dateOfYear(Number(slider.value), context.today)));
  container.replaceChildren(
    h('div', { class: 'timeline-row' }, slider, h('output', { for: 'timeline', class: 'timeline-year' }, context.asOf.slice(0, 4))),
    h(
      'datalist',
      { id: 'timeline-marks' },
      KEY_DATES.map((mark) => h('option', { value: mark.date.slice(0, 4), label: mark.label })),
    ),
    h(
      'div',
      { class: 'key-dates', role: 'group', 'aria-label': t(context.lang, 'keyDates') },
      KEY_DATES.map((mark) => {
        const button = h(
          'button',
          { type: 'button', class: 'key-date', 'data-date': mark.date, 'aria-pressed': String(context.asOf === mark.date) },
          mark.label,
        );
        button.addEventListener('click', () => context.onDate(mark.date));
        return button;
      }),
    ),
  );
  slider.addEventListener('input', () => {
    container.querySelector('.timeline-year')!.textContent = slider.value;
  });
}

const COMPARE_QUERY = gql(`query Compare($from: Date!, $to: Date!, $lang: Lang) {
  compare(from: $from, to: $to) {
    addedEntities { id name(lang: $lang) }
    removedEntities { id name(lang: $lang) }
    addedRelations { id label(lang: $lang) from { name(lang: $lang) } to { name(lang: $lang) } }
    removedRelations { id label(lang: $lang) from { name(lang: $lang) } to { name(lang: $lang) } }
  }
}`);

/** What was added and removed between two dates. */
export type Comparison = CompareQuery['compare'];

/** What was added and removed between two dates, as lists for the details panel. */
export async function compareDates(from: string, to: string, lang: Lang): Promise<{ comparison: Comparison; content: HTMLElement }> {
  const { compare } = await graphql(COMPARE_QUERY, { from, to, lang: apiLang(lang) });
  const section = (title: string, className: string, items: string[]) =>
    h(
      'section',
      { class: `compare-section ${className}` },
      h('h3', {}, `${title} (${items.length})`),
      items.length
        ? h(
            'ul',
            {},
            items.map((item) => h('li', {}, item)),
          )
        : null,
    );
  const relation = (line: Comparison['addedRelations'][number]) => `${line.from.name} — ${line.label} → ${line.to.name}`;
  return {
    comparison: compare,
    content: h(
      'article',
      { class: 'comparison' },
      h('h2', {}, `${from} → ${to}`),
      section(
        t(lang, 'addedEntities'),
        'added-entities',
        compare.addedEntities.map((entity) => entity.name),
      ),
      section(
        t(lang, 'removedEntities'),
        'removed-entities',
        compare.removedEntities.map((entity) => entity.name),
      ),
      section(t(lang, 'addedRelations'), 'added-relations', compare.addedRelations.map(relation)),
      section(t(lang, 'removedRelations'), 'removed-relations', compare.removedRelations.map(relation)),
    ),
  };
}
