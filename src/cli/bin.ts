import { run } from './main'

run(
  process.argv.slice(2),
  (s) => process.stdout.write(s + '\n'),
  (s) => process.stderr.write(s + '\n'),
)
  .then((code) => {
    process.exitCode = code
  })
  .catch((e: unknown) => {
    process.stderr.write(
      `讲稿助手出现内部错误，请把下面的信息发给维护人员：\n${(e instanceof Error ? e.stack : undefined) ?? String(e)}\n`,
    )
    process.exitCode = 3
  })
