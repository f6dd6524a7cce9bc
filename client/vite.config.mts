import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The explorer (index.html) and the embed route (embed.html) are served by the API server from
// client/dist; in development, Vite proxies GraphQL to the server started with `npm start`.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: { input: { explorer: resolve(import.meta.dirname, 'index.html'), embed: resolve(import.meta.dirname, 'embed.html') } },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
