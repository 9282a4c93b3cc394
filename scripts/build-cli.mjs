// Bundles the command line (src/cli) into dist/cli/jianggao.mjs for `npx jianggao`.
// Runs on `npm install` (prepare) and `npm run build`.
import { build } from 'esbuild'

await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/cli/jianggao.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['mammoth', 'docx'],
  logLevel: 'warning',
})
