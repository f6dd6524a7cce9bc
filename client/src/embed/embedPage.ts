import './kzLegalGraph';
import './embedPage.css';
import { preferredLang } from '../viewState';

/** The explorer's URL parameter names, and the component attributes they set. */
const PARAMETERS: Record<string, string> = {
  focus: 'focus',
  depth: 'depth',
  date: 'date',
  labels: 'labels',
  layout: 'layout',
  hide: 'hide',
  hideBranches: 'hide-branches',
  hideLevels: 'hide-levels',
  historical: 'historical',
  version: 'version',
  height: 'height',
  interactive: 'interactive',
};

/** /embed: the component alone, filling the frame, configured by the query string. */
const view = document.createElement('kz-legal-graph');
const params = new URLSearchParams(location.search);
for (const [parameter, attribute] of Object.entries(PARAMETERS)) {
  const value = params.get(parameter);
  if (value) view.setAttribute(attribute, value);
}
if (!params.has('height')) view.setAttribute('height', 'calc(100vh - 48px)');
// Without `labels`, the component speaks the page's language: the reader's browser's.
document.documentElement.lang = params.get('labels')?.slice(0, 2) ?? preferredLang(navigator.languages);
document.body.append(view);
