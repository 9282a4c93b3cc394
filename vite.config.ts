import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Relative asset paths: the built app also works from a sub-folder of an intranet server.
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist/app',
    emptyOutDir: true,
  },
  worker: { format: 'es' },
  test: {
    include: ['test/node/**/*.test.ts'],
    globalSetup: ['test/node/build-cli.setup.ts'],
    environment: 'node',
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
})
