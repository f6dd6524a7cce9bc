import { defineConfig } from 'vite';

// The explorer is served by the API server from client/dist; in development, Vite proxies
// GraphQL to the server started with `npm start`.
export default defineConfig({
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
