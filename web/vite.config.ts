import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

// In development the API runs as its own process on port 3000; the proxy keeps every request
// same-origin, exactly as in production where the API process also serves the built app.
const apiOrigin = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [solid()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: apiOrigin, ws: true },
      '/calendar': { target: apiOrigin },
      '/feeds': { target: apiOrigin },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});
