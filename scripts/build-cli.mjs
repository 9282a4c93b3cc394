// Bundles the command line (src/cli) into dist/cli/jianggao.mjs for `npx jianggao`.
// Runs on `npm install` (prepare) and `npm run build`.
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { build } from 'esbuild'

/** `import text from './file.txt?raw'` as Vite reads it: the file's text (the bundled templates). */
const raw = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(dirname(args.importer), args.path.replace(/\?raw$/, '')),
      namespace: 'raw',
    }))
    b.onLoad({ filter: /.*/, namespace: 'raw' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }))
  },
}

await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/cli/jianggao.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['mammoth', 'docx'],
  plugins: [raw],
  logLevel: 'warning',
})
