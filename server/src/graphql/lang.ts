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

/** The first of kk, ru, en in an Accept-Language header, by preference (q) and order; English if none. */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...parameters] = part.trim().toLowerCase().split(';');
      const q = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
      return { primary: tag.split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const known = ranked.find((entry) => (['kk', 'ru', 'en'] as string[]).includes(entry.primary));
  return (known?.primary as Lang | undefined) ?? 'en';
}

/** The text in the asked language, else in English, Russian or Kazakh, whichever exists. */
export function inLanguage(texts: Record<Lang, string | null>, lang: Lang): string | null {
  return texts[lang] ?? texts.en ?? texts.ru ?? texts.kk ?? null;
}
