/**
 * The Node tests that `npm run mutate` (Stryker) runs against the mutated core: the ones that call
 * src/core in this process. Left out: tests that drive the bundled CLI, Chromium or LibreOffice
 * in another process (a mutant is never active there, so they can only add time), and the long
 * scale, fuzz and fault trials, which measure robustness rather than pin what a rule does.
 *
 * MUTATE_TESTS (comma-separated files) narrows the run to the tests written for the folder being
 * mutated: far faster on a busy machine, and a lower bound of the full score (fewer tests kill
 * fewer mutants). Give such a run its own incremental file.
 */
import { defineConfig } from 'vitest/config'

const focus = process.env.MUTATE_TESTS?.split(',').filter(Boolean)

export default defineConfig({
  test: {
    include: focus?.length ? focus : ['test/node/**/*.test.ts', 'test/reliability/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      'test/reliability/**/*.browser.test.ts',
      'test/node/cli.test.ts',
      // Red on main while two slips planted in the corpus are missed (see REPORT.md); Stryker needs a green start.
      'test/node/arithmetic-corpus.test.ts',
      'test/node/cli-meeting.test.ts',
      'test/node/docx-layout.test.ts',
      'test/node/meeting-print.test.ts',
      'test/node/print.test.ts',
      'test/node/pwa.test.ts',
      'test/node/single-file.test.ts',
      'test/node/layering.test.ts',
      'test/reliability/csp.test.ts',
      'test/reliability/faults.test.ts',
      'test/reliability/fuzz.test.ts',
      'test/reliability/scale.test.ts',
    ],
    globalSetup: ['test/node/build-cli.setup.ts'],
  },
})
