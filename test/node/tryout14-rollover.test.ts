import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { loadSpeechFile } from '../../src/core/import/source'
import { slotsOf } from '../../src/core/outline'
import { fixtureBytes } from './helpers'

const require = createRequire(import.meta.url)
const mammoth = async () => require('mammoth')

/** Tryout 14's speech: 县农机服务中心, a Word file with list numbering and a 6×4 table. */
const load = () => loadSpeechFile(fixtureBytes('tryout14/njzx-2025.docx'), 'njzx-2025.docx', mammoth)

describe('tryout 14: her figures in 吨/批 (A1)', () => {
  it('are slots, in the review and in the tasks', async () => {
    const { doc } = await load()
    const perBatch = slotsOf(doc).filter((s) => s.attrs.unit === '吨/批')
    expect(perBatch.map((s) => [s.partKind, s.attrs.value])).toEqual([
      ['review', '1260'],
      ['tasks', '800'],
    ])
  }, 60_000)
})
