import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The web component as ONE module script (kz-legal-graph.js) that any page includes with
// <script type="module">, and that the self-contained HTML export inlines. An ES module rather than
// a classic IIFE script because only the ES output shims the CommonJS `require` of dagre's graphlib.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    lib: { entry: resolve(import.meta.dirname, 'src/embed/kzLegalGraph.ts'), formats: ['es'], fileName: () => 'kz-legal-graph.js' },
    // The explorer loads dagre only when asked for a hierarchy; the component stays one file.
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
