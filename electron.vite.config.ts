import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Rollup } from 'vite';

// electron-vite reads Electron's version to pick build targets. Where the Electron package could
// not be installed (offline machines), take the major version from our own package.json.
if (!process.env.ELECTRON_MAJOR_VER) {
  try {
    createRequire(import.meta.url).resolve('electron/package.json');
  } catch {
    const pkg = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { optionalDependencies: Record<string, string> };
    process.env.ELECTRON_MAJOR_VER = /\d+/.exec(pkg.optionalDependencies.electron ?? '')?.[0] ?? '39';
  }
}

/** Third-party comments Rollup cannot place are harmless; keep the build output readable. */
const onwarn: Rollup.RollupOptions['onwarn'] = (warning, warn) => {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  warn(warning);
};

// One build for the three Electron targets. The main-process build also emits the CLI
// (out/main/cli.js, the package "bin") and the worker entry points, which all run in plain Node.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The CLI and the browser workbench run on the system Node (>= 20.19), not only in Electron.
      target: 'node20.19',
      // graphology's packages are CommonJS reached through deep imports that native ESM cannot
      // resolve without extensions: bundle them. better-sqlite3 (native) stays external.
      externalizeDeps: { exclude: ['graphology', 'graphology-metrics', 'graphology-communities-louvain', 'graphology-layout-forceatlas2', 'graphology-layout-noverlap', 'graphology-utils', 'graphology-indices', 'graphology-shortest-path'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli/index.ts'),
          importWorker: resolve(__dirname, 'src/main/services/import/worker.ts'),
          networkWorker: resolve(__dirname, 'src/main/services/networks/networkWorker.ts'),
          analysisWorker: resolve(__dirname, 'src/main/services/analysis/worker.ts'),
        },
        output: {
          entryFileNames: '[name].js',
          format: 'es',
          // The package "bin" points at out/main/cli.js.
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() packages: bundle everything except electron itself.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        onwarn,
        // A sandboxed preload must be one CommonJS file with no runtime imports.
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: 'esbuild',
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') }, onwarn },
    },
    plugins: [react()],
  },
});
