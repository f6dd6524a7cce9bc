import Negotiator from 'negotiator';
import { Arg, registerEnumType } from 'type-graphql';
import type { Lang as LangCode } from '../../../ontology/src';

/** The language of a name or text: Kazakh, Russian, English. */
export const Lang = { KK: 'kk', RU: 'ru', EN: 'en' } as const satisfies Record<string, LangCode>;
export type Lang = LangCode;

registerEnumType(Lang, {
  name: 'Lang',
  description: 'A language of names and texts.',
  valuesConfig: { KK: { description: 'Kazakh (Cyrillic)' }, RU: { description: 'Russian' }, EN: { description: 'English' } },
});

/** What every resolver knows of the request's language. */
export interface LangContext {
  /** From the request's Accept-Language header; English when it names none of the three. */
  lang: Lang;
}

/** The optional `lang` argument of every text field: without it, the request's Accept-Language decides. */
export function LangArg(): ReturnType<typeof Arg> {
  return Arg('lang', () => Lang, {
    nullable: true,
    description: "Language of the text; without it, the request's Accept-Language header decides, then English.",
  });
}

/** The language asked for, else the request's. */
export function chosenLang(lang: Lang | undefined | null, context: LangContext): Lang {
  return lang ?? context.lang;
}

const LANGS: readonly string[] = Object.values(Lang);
const isLang = (tag: string): tag is Lang => LANGS.includes(tag);

/**
 * The first of kk, ru, en in an Accept-Language header, by preference (q) and then the header's
 * order; English if none. Negotiator reads the header; the choice is ours, by primary subtag, as
 * its own matching would put an exact `kk` before an `en-US` the reader listed first.
 */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  // Most API clients send none; every request asks, so that answer costs nothing.
  if (!header) return 'en';
  const preferred = new Negotiator({ headers: { 'accept-language': header } }).languages();
  return preferred.map((tag) => tag.split('-')[0].toLowerCase()).find(isLang) ?? 'en';
}

/** The text in the asked language, else in English, Russian or Kazakh, whichever exists. */
export function inLanguage(texts: Record<Lang, string | null>, lang: Lang): string | null {
  return texts[lang] ?? texts.en ?? texts.ru ?? texts.kk ?? null;
}
