import { test } from 'vitest'
import { readFileSync } from 'node:fs'
import { importText } from '../../src/core/import'
import { checkDocument } from '../../src/core/checks/engine'
test('x', () => {
  const t = readFileSync('test/fixtures/corpus/104-wxb-district-cyberspace-mobilisation.txt', 'utf8').replace(
    '（2026年3月12日）',
    '（2025年3月12日）',
  )
  const { doc } = importText(t)
  console.log(JSON.stringify(doc.attrs))
  console.log(JSON.stringify(checkDocument(doc).map((f) => [f.rule, f.message])))
})
