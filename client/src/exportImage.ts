import type cytoscape from 'cytoscape';

export interface ImageDecorations {
  title: string;
  /** "Source: kz-legal-graph, graph version …, as of …, <link>". */
  citation: string;
  legend: { label: string; color: string; line?: 'solid' | 'dashed' | 'dotted' }[];
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
  const pad = 16 * scale;
  const line = 18 * scale;
  const perRow = Math.max(1, Math.floor(graph.width / (220 * scale)));
  const legendRows = Math.ceil(decorations.legend.length / perRow);
  const canvas = document.createElement('canvas');
  canvas.width = graph.width;
  canvas.height = pad + line * 1.6 + graph.height + pad + legendRows * line + line * 1.5 + pad;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#111827';
  context.font = `bold ${14 * scale}px system-ui, sans-serif`;
  context.fillText(decorations.title, pad, pad + line);
  const top = pad + line * 1.6;
  context.drawImage(graph, 0, top);
  context.font = `${11 * scale}px system-ui, sans-serif`;
  decorations.legend.forEach((item, index) => {
    const x = pad + (index % perRow) * 220 * scale;
    const y = top + graph.height + pad + Math.floor(index / perRow) * line;
    context.strokeStyle = item.color;
    context.fillStyle = item.color;
    if (item.line) {
      context.lineWidth = 3 * scale;
      context.setLineDash(item.line === 'dashed' ? [6 * scale, 4 * scale] : item.line === 'dotted' ? [2 * scale, 3 * scale] : []);
      context.beginPath();
      context.moveTo(x, y - 4 * scale);
      context.lineTo(x + 24 * scale, y - 4 * scale);
      context.stroke();
      context.setLineDash([]);
    } else {
      context.beginPath();
      context.arc(x + 6 * scale, y - 4 * scale, 5 * scale, 0, Math.PI * 2);
      context.fill();
    }
    context.fillStyle = '#111827';
    context.fillText(item.label, x + 30 * scale, y);
  });
  context.fillStyle = '#475569';
  context.fillText(decorations.citation, pad, canvas.height - pad);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'));
}

/** Hands a file to the browser's download. */
export function download(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
