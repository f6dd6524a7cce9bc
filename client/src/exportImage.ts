import cytoscape from 'cytoscape';

let svgRegistered: Promise<void> | undefined;

/**
 * cytoscape-svg draws through Cytoscape's own renderer into an SVG context, so the SVG matches the
 * canvas exactly (styles, arrows, labels) without a second renderer of ours. Loaded on the first
 * SVG download rather than with every page.
 */
function registerSvg(): Promise<void> {
  svgRegistered ??= import('cytoscape-svg').then(({ default: cytoscapeSvg }) => cytoscape.use(cytoscapeSvg));
  return svgRegistered;
}

export interface ImageDecorations {
  title: string;
  /** "Source: kz-legal-graph, graph version …, as of …, <link>". */
  citation: string;
  legend: { label: string; color: string; line?: 'solid' | 'dashed' | 'dotted' }[];
}

/** Where the title, graph, legend and citation go, shared by the PNG and the SVG so they look alike. */
function frame(graphWidth: number, graphHeight: number, scale: number, legendCount: number) {
  const pad = 16 * scale;
  const line = 18 * scale;
  const column = 220 * scale;
  const perRow = Math.max(1, Math.floor(graphWidth / column));
  const top = pad + line * 1.6;
  const legendTop = top + graphHeight + pad;
  const height = legendTop + Math.ceil(legendCount / perRow) * line + line * 1.5 + pad;
  return {
    pad,
    width: graphWidth,
    height,
    titleBaseline: pad + line,
    graphTop: top,
    citationBaseline: height - pad,
    legendAt: (index: number) => ({ x: pad + (index % perRow) * column, y: legendTop + Math.floor(index / perRow) * line }),
  };
}

function dashes(line: 'solid' | 'dashed' | 'dotted' | undefined, scale: number): number[] {
  return line === 'dashed' ? [6 * scale, 4 * scale] : line === 'dotted' ? [2 * scale, 3 * scale] : [];
}

function loadImage(blob: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the drawing could not be read back'));
    image.src = URL.createObjectURL(blob);
  });
}

/**
 * The current view as a PNG for slides and papers: the whole graph at `scale` times the screen's
 * resolution, with a title above and the legend and citation below.
 */
export async function viewAsPng(cy: cytoscape.Core, scale: number, decorations: ImageDecorations): Promise<Blob> {
  const graph = await loadImage(cy.png({ output: 'blob', full: true, scale, bg: '#ffffff' }) as unknown as Blob);
  const layout = frame(graph.width, graph.height, scale, decorations.legend.length);
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#111827';
  context.font = `bold ${14 * scale}px system-ui, sans-serif`;
  context.fillText(decorations.title, layout.pad, layout.titleBaseline);
  context.drawImage(graph, 0, layout.graphTop);
  context.font = `${11 * scale}px system-ui, sans-serif`;
  decorations.legend.forEach((item, index) => {
    const { x, y } = layout.legendAt(index);
    context.strokeStyle = item.color;
    context.fillStyle = item.color;
    context.beginPath();
    if (item.line) {
      context.lineWidth = 3 * scale;
      context.setLineDash(dashes(item.line, scale));
      context.moveTo(x, y - 4 * scale);
      context.lineTo(x + 24 * scale, y - 4 * scale);
      context.stroke();
      context.setLineDash([]);
    } else {
      context.arc(x + 6 * scale, y - 4 * scale, 5 * scale, 0, Math.PI * 2);
      context.fill();
    }
    context.fillStyle = '#111827';
    context.fillText(item.label, x + 30 * scale, y);
  });
  context.fillStyle = '#475569';
  context.fillText(decorations.citation, layout.pad, layout.citationBaseline);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The current view as an SVG: vectors that stay sharp in print and can be edited, with the title,
 * legend, citation and the names of all entities drawn as real text (searchable, selectable,
 * translatable by a reader's tools).
 */
export async function viewAsSvg(cy: cytoscape.Core, decorations: ImageDecorations): Promise<Blob> {
  await registerSvg();
  const drawn = (cy as unknown as { svg(options: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' });
  const graph = new DOMParser().parseFromString(drawn, 'image/svg+xml').documentElement;
  const layout = frame(
    Number.parseFloat(graph.getAttribute('width') ?? '0'),
    Number.parseFloat(graph.getAttribute('height') ?? '0'),
    1,
    decorations.legend.length,
  );
  const document = new Document();
  const svg = document.createElementNS(SVG, 'svg');
  document.appendChild(svg);
  const add = (parent: Element, name: string, attributes: Record<string, string | number>, text?: string): Element => {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    parent.appendChild(element);
    return element;
  };
  for (const [key, value] of Object.entries({
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
  }))
    svg.setAttribute(key, String(value));
  add(svg, 'title', {}, decorations.title);
  // Every entity drawn, by name, as text: the picture leaves out labels that would overlap (which
  // ones depends on the fonts), and a reader's tools (screen readers, search) should find them all.
  const names = cy
    .nodes(':visible')
    .map((node) => String(node.data('label') ?? ''))
    .filter((name) => name !== '');
  add(svg, 'desc', { class: 'entities' }, names.join('; '));
  add(svg, 'rect', { width: '100%', height: '100%', fill: '#ffffff' });
  const text = { 'font-family': 'system-ui, sans-serif', 'font-size': 11 };
  add(
    svg,
    'text',
    { ...text, 'font-size': 14, 'font-weight': 'bold', fill: '#111827', x: layout.pad, y: layout.titleBaseline, class: 'title' },
    decorations.title,
  );
  graph.setAttribute('y', String(layout.graphTop));
  svg.appendChild(document.importNode(graph, true));
  const legend = add(svg, 'g', { class: 'legend' });
  decorations.legend.forEach((item, index) => {
    const { x, y } = layout.legendAt(index);
    if (item.line) {
      add(legend, 'line', {
        x1: x,
        y1: y - 4,
        x2: x + 24,
        y2: y - 4,
        stroke: item.color,
        'stroke-width': 3,
        'stroke-dasharray': dashes(item.line, 1).join(' ') || 'none',
      });
    } else {
      add(legend, 'circle', { cx: x + 6, cy: y - 4, r: 5, fill: item.color });
    }
    add(legend, 'text', { ...text, fill: '#111827', x: x + 30, y }, item.label);
  });
  add(svg, 'text', { ...text, fill: '#475569', x: layout.pad, y: layout.citationBaseline, class: 'citation' }, decorations.citation);
  return new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n', new XMLSerializer().serializeToString(document)], { type: 'image/svg+xml' });
}

/** Hands a file to the browser's download. */
export function download(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
