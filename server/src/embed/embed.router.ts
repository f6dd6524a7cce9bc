import { existsSync } from 'node:fs';
import path from 'node:path';
import { Router, type Request } from 'express';
import { z } from 'zod';
import { restErrorHandler } from '../http/restErrors';
import { parseViewParameters, ViewParameterError } from './embed.params';
import type { EmbedService } from './embed.service';

/** The site's own origin as the browser sees it (behind a proxy, Express's `trust proxy` decides). */
const originOf = (request: Request) => `${request.protocol}://${request.get('host')}`;

const oembedQuery = z.object({
  url: z.string({ error: 'is required: the link of a view on this site' }).min(1, 'is required: the link of a view on this site'),
  maxwidth: z.coerce.number({ error: 'must be a number of pixels' }).int().min(100).optional(),
  maxheight: z.coerce.number({ error: 'must be a number of pixels' }).int().min(100).optional(),
  format: z.string().optional(),
});

/**
 * GET /embed (the view alone, for iframes), /oembed (JSON, type rich) and /export/view.html (one
 * self-contained file). Bad parameters answer 400 naming the parameter.
 */
export function embedRouter(service: EmbedService, clientDir: string, log: (message: string, error?: unknown) => void): Router {
  const router = Router();
  router.get('/embed', (_request, response) => {
    const page = path.join(clientDir, 'embed.html');
    if (!existsSync(page)) return response.status(503).type('text/plain').send('The explorer has not been built yet: run `npm run build`.');
    response.sendFile(page);
  });

  router.get('/oembed', async (request, response) => {
    const parsed = oembedQuery.safeParse(request.query);
    if (!parsed.success) throw new ViewParameterError(String(parsed.error.issues[0].path[0]), parsed.error.issues[0].message);
    // oEmbed: a provider that cannot answer in the asked format says 501.
    if (parsed.data.format && parsed.data.format !== 'json') {
      return response.status(501).json({ error: { code: 'NOT_IMPLEMENTED', message: 'Only format=json is offered.' } });
    }
    response.json(await service.oembed(originOf(request), parsed.data.url, parsed.data.maxwidth, parsed.data.maxheight));
  });

  router.get('/export/view.html', async (request, response) => {
    const view = parseViewParameters(request.query as Record<string, unknown>);
    const file = await service.selfContainedHtml(originOf(request), view);
    response.attachment(file.fileName).type('text/html').send(file.body);
  });

  router.use(restErrorHandler(log, 'embedding a view'));
  return router;
}
