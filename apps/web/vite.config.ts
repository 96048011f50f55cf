import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { bundleBudget } from './build/bundle-budget';

export default defineConfig({
  plugins: [react(), bundleBudget(250)],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:4000', '/healthz': 'http://127.0.0.1:4000' } },
});
