import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from '../../electron/app/app-assets';

const root = resolve(import.meta.dirname, '../..');

/** The built page carries the CSP too (the protocol handler sends it as a header as well). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'waypoint-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        // frame-ancestors only works as a header; in a meta tag browsers ignore it with a warning.
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy.replace(/; frame-ancestors [^;]*/, ''),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          // The vault's crypto thread, started from index.js's folder (electron/vault/vault-crypto.ts).
          'crypto-worker': resolve(root, 'electron/vault/crypto-worker.ts'),
          // The thread that reads a chosen Daylio export (electron/check-in-import/import-reader.ts).
          'import-reader-worker': resolve(root, 'electron/check-in-import/import-reader-worker.ts'),
        },
        // Shared chunks beside the entries, so import.meta.url means out/main/ in all of them.
        output: { chunkFileNames: '[name]-[hash].js' },
        // Only run from source, where no worker .js is built (vault-crypto.ts, import-reader.ts); never bundled.
        external: ['esbuild'],
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload must be one CommonJS file with nothing left to require.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      // Class private members (TanStack Query uses them) are written out as WeakMaps: the Electron
      // audit's parser cannot read `#field`, and a file it cannot read is not audited. Chrome 73 is
      // the last without them; everything else it lacks is a small syntax change.
      target: 'chrome73',
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
