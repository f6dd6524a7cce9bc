import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The web component as ONE classic script (kz-legal-graph.js) that any page can include with a
// <script> tag, and that the self-contained HTML export inlines; it runs after the explorer's build.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    lib: { entry: resolve(import.meta.dirname, 'src/embed/kzLegalGraph.ts'), formats: ['iife'], name: 'KzLegalGraph', fileName: () => 'kz-legal-graph.js' },
  },
});
