import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/core/checks/engine'
import { importText } from '../../src/core/import'
import { fixture } from './helpers'

/** Tryout 15's speech: 2025年全县经济工作会议讲话, 8,020 characters, clean. */
const speech = () => importText(fixture('tryout15/county-economy-2025.txt')).doc

describe('tryout 15: her clean speech (B1)', () => {
  it('raises no warning: four projects’ 总投资 are four figures, GDP’s 年均增长 is at comparable prices', () => {
    const found = checkDocument(speech()).filter((f) => f.severity !== 'info')
    expect(found.map((f) => f.message)).toEqual([])
  }, 60_000)
})
