import { registerEnumType } from 'type-graphql';
import type { Lang as LangCode } from '../../../ontology/src';

/** The language of a name or text: Kazakh, Russian, English. */
export const Lang = { KK: 'kk', RU: 'ru', EN: 'en' } as const satisfies Record<string, LangCode>;
export type Lang = LangCode;

registerEnumType(Lang, {
  name: 'Lang',
  description: 'A language of names and texts.',
  valuesConfig: { KK: { description: 'Kazakh (Cyrillic)' }, RU: { description: 'Russian' }, EN: { description: 'English' } },
});

/** The text in the asked language, else in English, Russian or Kazakh, whichever exists. */
export function inLanguage(texts: Record<Lang, string | null>, lang: Lang): string | null {
  return texts[lang] ?? texts.en ?? texts.ru ?? texts.kk ?? null;
}
