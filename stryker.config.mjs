// @ts-check
/**
 * Mutation testing of the pure core (`npm run mutate`): how many deliberate breakages of
 * src/core the Node tests catch. Not part of `npm test` or CI: a full run takes long.
 * Scope a run to one folder while working, with its own incremental file so the others' results stay:
 *   npm run mutate -- --mutate 'src/core/figures/**' --incrementalFile reports/mutation/figures.json
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutate/vitest.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/core/checks/**/*.ts',
    'src/core/import/**/*.ts',
    'src/core/figures/**/*.ts',
    'src/core/export/paginate.ts',
    'src/core/rollover.ts',
  ],
  // The machine's two cores are shared.
  concurrency: 2,
  // A mutant that makes a loop endless (paginate, rollover) would otherwise hold a runner for
  // the default 5 s; the tests it runs take well under a second.
  timeoutMS: 2000,
  // Mutants in module-level tables (the recognisers' patterns) are active from import on, so each
  // one reruns every test file: hours on this machine. They are left out of the score and said so
  // in test/mutate/REPORT.md.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, reportMutants: false, reportScoreTable: true, logTests: false },
  thresholds: { high: 90, low: 80, break: null },
  // Stryker rewrites the tsconfig's extends and references for its sandbox with the TypeScript 5
  // API, which TypeScript 7 no longer has; ours has neither, and vitest does not type-check, so
  // no tsconfig is named.
  tsconfigFile: 'no-tsconfig-to-rewrite.json',
  tempDirName: '.stryker-tmp',
}
