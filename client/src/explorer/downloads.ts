import type { OntologyInfo } from '../api';
import { download, viewAsPng, viewAsSvg, type ImageDecorations } from '../exportImage';
import { t } from '../i18n';
import type { ExplorerGraph } from './explorerGraph';
import type { ViewStore } from './viewStore';

/** The view as files: pictures (PNG, SVG) for slides and papers, and the data drawn (JSON). */
export class Downloads {
  constructor(
    private readonly view: ViewStore,
    private readonly ontology: OntologyInfo,
    private readonly graph: ExplorerGraph,
  ) {}

  async png(scale: number): Promise<void> {
    download(await viewAsPng(this.graph.cy, scale, this.decorations()), `kz-legal-graph-${this.view.state.asOf}@${scale}x.png`);
  }

  async svg(): Promise<void> {
    download(await viewAsSvg(this.graph.cy, this.decorations()), `kz-legal-graph-${this.view.state.asOf}.svg`);
  }

  /** The visible elements as Cytoscape.js JSON: what the filters leave, as of the date shown. */
  json(): void {
    const { asOf } = this.view.state;
    const visible = this.graph.cy.elements().not('.filtered').jsons();
    const body = JSON.stringify({ asOf, graphVersion: this.ontology.graphVersion, link: location.href, elements: visible }, null, 2);
    download(new Blob([body], { type: 'application/json' }), `kz-legal-graph-${asOf}.json`);
  }

  /** Title, legend of what is drawn, and citation: what a slide or paper needs around the picture. */
  private decorations(): ImageDecorations {
    const { uiLang: lang, asOf } = this.view.state;
    const { cy } = this.graph;
    const shown = cy.elements().not('.filtered');
    const drawnKinds = new Set(shown.nodes().map((node) => String(node.data('kind'))));
    const drawnTypes = new Set(shown.edges().map((edge) => String(edge.data('type'))));
    return {
      title: `${t(lang, 'title')} — ${asOf}`,
      citation: `${t(lang, 'citation')}: kz-legal-graph, ${this.ontology.graphVersion ?? ''}, ${location.href}`,
      legend: [
        ...this.ontology.entityKinds
          .filter((kind) => kind.id !== 'branch' && drawnKinds.has(kind.id))
          .map((kind) => ({ label: kind.names[lang], color: kind.color })),
        ...this.ontology.relationKinds
          .filter((kind) => drawnTypes.has(kind.id))
          .map((kind) => ({ label: kind.names[lang], color: kind.color, line: kind.lineStyle })),
      ],
    };
  }
}
