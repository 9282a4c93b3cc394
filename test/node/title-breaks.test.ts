/**
 * A title's lines break where its phrases meet (GB/T 9704 7.3.3: 回行时词意完整), not between two
 * words of one compound the segmenter reads apart (tryout 14: the notice's title printed
 * “关于召开2026年全县农业 / 机械化工作会议的通知”). The rules, each with titles where it must
 * and must not find a place; the lines of titles of several departments; the notice printed to
 * PDF and read back.
 */
import { describe, expect, it } from 'vitest'
import { speechHtml } from '../../src/core/export/html'
import { LAYOUTS } from '../../src/core/export/layout'
import { centredLines, TITLE_BREAKS } from '../../src/core/export/title-lines'
import { DEFAULT_LAYOUT, setMeetingValue } from '../../src/core/meeting'
import { documents, exampleMeeting } from './meeting-helpers'
import { htmlToPdf, withBrowser } from './pdf'

const lines = (text: string, capacity: number) =>
  centredLines([{ text, style: 'title' }], capacity).map((l) => l.map((r) => r.text).join(''))

/** The places a rule finds in an example's text ('|' removed), and the place the '|' marks. */
const found = (rule: (typeof TITLE_BREAKS)[number], example: string) => ({
  at: example.indexOf('|'),
  places: [...example.replace('|', '').matchAll(rule.pattern)].map((m) => m.index),
})

describe('where a title’s phrases meet', () => {
  TITLE_BREAKS.forEach((rule, i) => {
    it.each(rule.must)(`rule ${i + 1} finds the place in %s`, (example) => {
      const { at, places } = found(rule, example)
      expect(places).toContain(at)
    })
    it.each(rule.mustNot)(`rule ${i + 1} finds no place at the mark in %s`, (example) => {
      const { at, places } = found(rule, example)
      expect(places).not.toContain(at)
    })
  })
})

describe('notice titles break between phrases', () => {
  // [title, capacity (20: GB/T 9704's title line; 16: the large type), lines]
  const CASES: [string, number, string[]][] = [
    ['关于召开2026年全县农业机械化工作会议的通知', 20, ['关于召开2026年全县', '农业机械化工作会议的通知']],
    ['关于召开2026年全县交通运输工作会议的通知', 16, ['关于召开2026年全县', '交通运输工作会议的通知']],
    ['关于召开2026年全县农业农村工作会议的通知', 16, ['关于召开2026年全县', '农业农村工作会议的通知']],
    [
      '关于召开2027年全市教育系统党风廉政建设工作会议的通知',
      16,
      ['关于召开2027年全市', '教育系统党风廉政建设', '工作会议的通知'],
    ],
    ['关于召开2026年度全区住房和城乡建设工作会议的通知', 20, ['关于召开2026年度全区', '住房和城乡建设工作会议的通知']],
    // A break after 和 or 暨 is still one between phrases.
    [
      '关于召开2023年全县人力资源和社会保障工作会议的通知',
      20,
      ['关于召开2023年全县人力资源和', '社会保障工作会议的通知'],
    ],
    ['关于召开全县农业农村工作暨乡村振兴推进会议的通知', 20, ['关于召开全县农业农村工作暨', '乡村振兴推进会议的通知']],
  ]
  it.each(CASES)('%s in lines of %i', (title, capacity, expected) => {
    expect(lines(title, capacity)).toEqual(expected)
  })
})

describe('the notice printed in GB/T 9704 and read back', () => {
  it('prints its title on whole words: 关于召开2026年全县 / 农业机械化工作会议的通知', async () => {
    const m = setMeetingValue(setMeetingValue(exampleMeeting(), 'name', '全县农业机械化工作会议'), 'date', '2026-02-18')
    const notice = documents(m).notice
    await withBrowser(async (browser) => {
      const pdf = await htmlToPdf(browser, speechHtml(notice, LAYOUTS[DEFAULT_LAYOUT.notice]))
      const first = pdf.pages[0]
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
      expect(first.slice(0, 2)).toEqual(['关于召开2026年全县', '农业机械化工作会议的通知'])
    })
  }, 60_000)
})
