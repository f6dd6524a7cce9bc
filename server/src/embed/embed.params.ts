import { z } from 'zod';
import { ParameterError } from '../http/restErrors';

const ids = z
  .string()
  .max(2_000)
  .regex(/^[a-z0-9,-]*$/, 'must be kebab-case ids separated by commas');

/**
 * A view's parameters: the explorer's URL names (focus, date, labels, layout, hide, hideBranches,
 * hideLevels, historical) and the embed's own (depth, version, height, interactive). Unknown
 * parameters (the explorer's `ui`, trackers' `utm_*`) are ignored.
 */
export const viewParameters = z.object({
  focus: z
    .string()
    .max(200)
    .regex(/^[a-z0-9-]+$/, 'must be an entity id such as prosecutor-general')
    .optional(),
  depth: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be 1 to 6')
    .max(6, 'must be 1 to 6')
    .optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
    .optional(),
  labels: z.enum(['kk', 'kk-latn', 'ru', 'en'], { error: 'must be kk, kk-latn, ru or en' }).optional(),
  layout: z.enum(['fcose', 'dagre', 'concentric'], { error: 'must be fcose, dagre or concentric' }).optional(),
  hide: ids.optional(),
  hideBranches: ids.optional(),
  hideLevels: ids.optional(),
  historical: z.enum(['0', '1'], { error: 'must be 0 or 1' }).optional(),
  version: z
    .string()
    .regex(/^[0-9a-f]{16}$/, 'must be a graph version (16 hexadecimal digits)')
    .optional(),
  height: z.coerce
    .number({ error: 'must be a number of pixels' })
    .int()
    .min(150, 'must be 150 to 2000')
    .max(2000, 'must be 150 to 2000')
    .optional(),
  interactive: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
});

export type ViewParameters = z.infer<typeof viewParameters>;

export class ViewParameterError extends ParameterError {
  constructor(parameter: string, message: string) {
    super(parameter, `${parameter}: ${message}`);
  }
}

/** Reads a view from a query string, or says which parameter is wrong and why. */
export function parseViewParameters(query: URLSearchParams | Record<string, unknown>): ViewParameters {
  const entries = query instanceof URLSearchParams ? Object.fromEntries(query) : query;
  const known = Object.fromEntries(
    Object.entries(entries).filter(([key, value]) => key in viewParameters.shape && typeof value === 'string' && value !== ''),
  );
  const parsed = viewParameters.safeParse(known);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ViewParameterError(String(issue.path[0]), issue.message);
  }
  return parsed.data;
}

/** The query string of a view, in a fixed order so equal views get equal links. */
export function viewQuery(view: ViewParameters): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(viewParameters.shape) as (keyof ViewParameters)[]) {
    if (view[key] !== undefined) params.set(key, String(view[key]));
  }
  return params.toString();
}
