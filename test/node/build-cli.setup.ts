import { execFileSync } from 'node:child_process'

/** The CLI tests run the real bundled command, so bundle it from the current sources first. */
export default function setup() {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' })
}
