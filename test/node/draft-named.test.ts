/**
 * A draft named in a message carries 《》 once (tryout 13, C1): a merge's copy is named
 * 《稳中求进…》（本机修改，合并前）, and a figure edit said 草稿《《稳中求进…》（本机修改，合并前）》.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { draftNamed, zh } from '../../src/i18n/zh'

const TITLE = '稳中求进 提质增效 奋力开创全市商务高质量发展新局面'

describe('draft names in messages', () => {
  const copy = zh.backup.copyName(TITLE, 'here')

  it('names a merge copy with one pair of 《》, and a plain title in 《》', () => {
    expect(copy).toBe(`《${TITLE}》（本机修改，合并前）`)
    expect(draftNamed(TITLE)).toBe(`《${TITLE}》`)
    expect(draftNamed(copy)).toBe(copy)
    // a copy of a copy: still one pair
    expect(zh.backup.copyName(copy, 'backup')).toBe(`《${TITLE}》（本机修改，合并前）（备份中的修改，合并时另存）`)
    expect(zh.session.keptOnRestoreName(copy)).not.toContain('《《')
  })

  it('the figure messages that name other drafts do not double the brackets', () => {
    const edited = zh.figures.shownElsewhere('规模以上商贸企业', '2025年', '52', '55', [copy, '另一篇'])
    expect(edited).toContain(`草稿${copy}、草稿《另一篇》里写的是52`)
    expect(edited).not.toContain('《《')
    const csv = zh.figures.csvShownIn('52', [copy])
    expect(csv).toBe(`；草稿${copy}里写的是52`)
  })

  it('no message in zh.ts wraps a name in 《》 by hand: they all go through draftNamed', () => {
    const source = readFileSync(resolve(__dirname, '../../src/i18n/zh.ts'), 'utf8')
    const byHand = source
      .split('\n')
      .filter((line) => line.includes('《${') && !line.includes('export const draftNamed'))
    expect(byHand).toEqual([])
  })
})
