// `npm run fuzz`: the fuzzer of test/reliability for longer than CI runs it, from a new seed
// each time unless FUZZ_SEED is given (FUZZ_CASES: how many, 20,000 by default).
import { spawnSync } from 'node:child_process'

const env = {
  ...process.env,
  FUZZ_SEED: process.env.FUZZ_SEED ?? 'random',
  FUZZ_CASES: process.env.FUZZ_CASES ?? '20000',
}
const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/reliability/fuzz.test.ts'], {
  stdio: 'inherit',
  env,
})
process.exit(r.status ?? 1)
