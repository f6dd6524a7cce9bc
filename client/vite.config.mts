import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The explorer (index.html), the embed route (embed.html) and the GraphQL IDE (graphiql.html) are
// served by the API server from client/dist; in development, Vite proxies GraphQL to the server
// started with `npm start`.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      input: {
        explorer: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
      // GraphiQL's React libraries mark modules "use client" for React Server Components, which
      // mean nothing in a page built for the browser alone: a warning per module, and no fault.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
