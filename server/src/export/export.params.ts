import { LANGUAGES, startDate } from '../../../ontology/src';
import { langFromAcceptLanguage, type Lang } from '../graphql/lang';
import { ParameterError } from '../http/restErrors';

/** What every export asks for: a date (none means today) and the language of its labels. */
export interface ExportQuery {
  /** YYYY-MM-DD; undefined means today, as the clock says. */
  asOf?: string;
  lang: Lang;
}

/** A query parameter an export cannot use: the response names it and says what it accepts. */
export class ExportParameterError extends ParameterError {
  constructor(parameter: string, accepted: string[], message: string) {
    super(parameter, message, accepted);
  }
}

const ACCEPTED_DATES = ['YYYY-MM-DD', 'YYYY-MM', 'YYYY'];

/**
 * Reads `asOf` and `lang` from a request's query string; the language falls back to the
 * Accept-Language header, then English, as in GraphQL.
 */
export function parseExportQuery(query: Record<string, unknown>, acceptLanguage: string | undefined): ExportQuery {
  return { asOf: parseAsOf(query.asOf), lang: parseLang(query.lang, acceptLanguage) };
}

function parseAsOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const parsed = typeof value === 'string' ? startDate.safeParse(value) : undefined;
  if (!parsed?.success) {
    throw new ExportParameterError(
      'asOf',
      ACCEPTED_DATES,
      `asOf must be one real calendar date written YYYY-MM-DD, YYYY-MM or YYYY (a year or month means its first day), e.g. asOf=2010-01-01; got ${JSON.stringify(value)}. Leave it out for today.`,
    );
  }
  return parsed.data;
}

function parseLang(value: unknown, acceptLanguage: string | undefined): Lang {
  if (value === undefined) return langFromAcceptLanguage(acceptLanguage);
  const lang = typeof value === 'string' ? value.toLowerCase() : undefined;
  if (!lang || !(LANGUAGES as readonly string[]).includes(lang)) {
    throw new ExportParameterError(
      'lang',
      [...LANGUAGES],
      `lang must be one of kk (Kazakh), ru (Russian) or en (English); got ${JSON.stringify(value)}. Leave it out to follow the Accept-Language header.`,
    );
  }
  return lang as Lang;
}
