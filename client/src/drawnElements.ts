import type cytoscape from 'cytoscape';
import { toKazakhLatin } from '../../ontology/src/kazakhLatin';
import type { LabelLang } from './viewState';

/** What of the API's graph a view draws, and in which script its labels are written. */
export interface DrawnView {
  /** The labels' language; the API answers in Kazakh Cyrillic for `kk-latn`, written here in Latin letters. */
  labelLang: LabelLang;
  /** An entity the view is about: only what lies within `depth` steps of it is drawn (nothing is cut when absent). */
  focus?: string | null;
  /** Steps from `focus`; 1 when not given. */
  depth?: number;
}

/** A name as the view's labels write it: the API's, or for `kk-latn` its Kazakh in Latin letters. */
export function inLabelScript(name: string, labelLang: LabelLang): string {
  return labelLang === 'kk-latn' ? toKazakhLatin(name) : name;
}

/**
 * The API's answer (Cytoscape element definitions) as a view draws it: labels of entities AND
 * relations in the view's script, and with a `focus`, the neighbourhood alone. The only place that
 * turns an answer into what is drawn, for the explorer and the `<kz-legal-graph>` component alike,
 * so that the two cannot drift apart again (they did: the component once wrote only the entities'
 * labels in Latin letters). Returns new definitions; the answer is left as it was.
 */
export function drawnElements(elements: cytoscape.ElementsDefinition, view: DrawnView): cytoscape.ElementsDefinition {
  const relabelled = <T extends cytoscape.ElementDefinition>(element: T): T => ({
    ...element,
    data: { ...element.data, label: inLabelScript(String(element.data.label ?? ''), view.labelLang) },
  });
  const nodes = (elements.nodes ?? []).map(relabelled);
  const edges = (elements.edges ?? []).map(relabelled);
  return view.focus ? neighbourhood({ nodes, edges }, view.focus, view.depth ?? 1) : { nodes, edges };
}

/**
 * What lies within `depth` steps of `focus`: the entities reached, the relations that reached them,
 * and the groups (branches) the entities drawn sit in. The whole graph when `focus` is not in it.
 */
function neighbourhood(elements: Required<cytoscape.ElementsDefinition>, focus: string, depth: number): cytoscape.ElementsDefinition {
  const byId = new Map(elements.nodes.map((node) => [String(node.data.id), node]));
  if (!byId.has(focus)) return elements;
  const keptNodes = new Set([focus]);
  const keptEdges = new Set<cytoscape.EdgeDefinition>();
  for (let step = 0; step < depth; step += 1) {
    const reached = new Set(keptNodes);
    for (const edge of elements.edges) {
      const [source, target] = [String(edge.data.source), String(edge.data.target)];
      if (!reached.has(source) && !reached.has(target)) continue;
      keptEdges.add(edge);
      keptNodes.add(source).add(target);
    }
  }
  for (const id of [...keptNodes]) {
    for (let parent = byId.get(id)?.data.parent; parent && !keptNodes.has(parent); parent = byId.get(parent)?.data.parent) {
      keptNodes.add(parent);
    }
  }
  return {
    nodes: elements.nodes.filter((node) => keptNodes.has(String(node.data.id))),
    edges: elements.edges.filter((edge) => keptEdges.has(edge)),
  };
}
