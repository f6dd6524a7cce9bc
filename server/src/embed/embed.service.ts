import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GraphService } from '../graph/graph.service';
import { NotHereError } from '../http/restErrors';
import { describeKinds } from '../graphql/ontology.type';
import type { Lang } from '../graphql/lang';
import { parseViewParameters, viewQuery, type ViewParameters } from './embed.params';

export const PROVIDER_NAME = 'kz-legal-graph';
const DEFAULT_SIZE = { width: 800, height: 600 };

export class NotOurUrlError extends NotHereError {}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** JSON and code inside <script> must not close it early. */
const scriptSafe = (text: string) => text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

const labelsLang = (view: ViewParameters): Lang => (view.labels === 'kk-latn' || !view.labels ? 'kk' : view.labels);

/** What the caption and the oEmbed title call a view. */
export function viewTitle(view: ViewParameters, today: string): string {
  return `Kazakhstan's legal institutions${view.focus ? `: ${view.focus}` : ''}, as of ${view.date ?? today}`;
}

/** The component's attributes for a view (the embed parameters, in kebab case). */
function componentAttributes(view: ViewParameters): string {
  const names: Partial<Record<keyof ViewParameters, string>> = { hideBranches: 'hide-branches', hideLevels: 'hide-levels' };
  return Object.entries(view)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${names[key as keyof ViewParameters] ?? key}="${escapeAttribute(String(value))}"`)
    .join('');
}

/** oEmbed, self-contained HTML: the embedding formats built on one view and one graph version. */
export class EmbedService {
  constructor(
    private readonly graphs: GraphService,
    private readonly clientDir: string,
    private readonly today: () => string,
  ) {}

  /** A view pinned to the graph's current version unless it names one. */
  async pinned(view: ViewParameters): Promise<ViewParameters> {
    return view.version ? view : { ...view, version: (await this.graphs.graphVersion()) ?? undefined };
  }

  /** The oEmbed answer (type `rich`) for one of our explorer or embed links. */
  async oembed(origin: string, url: string, maxWidth?: number, maxHeight?: number) {
    let link: URL;
    try {
      link = new URL(url);
    } catch {
      throw new NotOurUrlError(`"${url}" is not a URL.`);
    }
    if (link.origin !== origin || !['/', '/embed', '/index.html'].includes(link.pathname)) {
      throw new NotOurUrlError(`${url} is not a view of this site (${origin}/ or ${origin}/embed).`);
    }
    const view = await this.pinned(parseViewParameters(link.searchParams));
    const width = Math.min(DEFAULT_SIZE.width, maxWidth ?? Infinity);
    const height = Math.min(view.height ?? DEFAULT_SIZE.height, maxHeight ?? Infinity);
    const title = viewTitle(view, this.today());
    const src = `${origin}/embed?${viewQuery(view)}`;
    return {
      version: '1.0',
      type: 'rich',
      provider_name: PROVIDER_NAME,
      provider_url: `${origin}/`,
      title,
      width,
      height,
      html: `<iframe src="${escapeAttribute(src)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy" title="${escapeAttribute(title)}"></iframe>`,
      // The pinned version never changes, so consumers may keep the answer for a long time.
      cache_age: 30 * 24 * 3600,
    };
  }

  /**
   * One HTML file with the component's code and the view's data inline: opens from file:// with
   * no network, for learning platforms that block iframes and for archives.
   */
  async selfContainedHtml(origin: string, requested: ViewParameters): Promise<{ fileName: string; body: string }> {
    const view = await this.pinned(requested);
    const script = await readFile(path.join(this.clientDir, 'kz-legal-graph.js'), 'utf8');
    const graph = await this.graphs.graph({ asOf: view.date, version: view.version, lang: labelsLang(view) });
    const data = {
      ontology: {
        graphVersion: graph.version ?? null,
        ...describeKinds(),
      },
      graph: { asOf: graph.asOf, version: graph.version ?? null, elements: graph.elements },
    };
    const title = viewTitle({ ...view, date: graph.asOf }, this.today());
    const permalink = `${origin}/?${viewQuery(view)}`;
    const body = `<!doctype html>
<html lang="${labelsLang(view)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttribute(title)}</title>
</head>
<body style="margin:16px;font:14px system-ui,sans-serif">
<kz-legal-graph${componentAttributes({ ...view, server: origin } as ViewParameters)}><script type="application/json">${scriptSafe(JSON.stringify(data))}</script></kz-legal-graph>
<p>${escapeAttribute(PROVIDER_NAME)}, graph version ${escapeAttribute(String(graph.version))}, as of ${graph.asOf}. <a href="${escapeAttribute(permalink)}">${escapeAttribute(permalink)}</a></p>
<script type="module">${scriptSafe(script)}</script>
</body>
</html>
`;
    return { fileName: `kz-legal-graph-${view.focus ?? 'view'}-${graph.asOf}.html`, body };
  }
}
