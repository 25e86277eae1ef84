import { defineConfig } from 'vite';

// The bundle goes straight into the server's classpath: Javalin serves classpath /public at /.
export default defineConfig({
  base: './',
  build: {
    outDir: '../../../target/classes/public',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': { target: 'http://127.0.0.1:8080', ws: true },
    },
  },
});
