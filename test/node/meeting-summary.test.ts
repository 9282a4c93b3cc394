import { describe, expect, it } from 'vitest'
import {
  checkMeeting,
  fieldValue,
  generateDocument,
  setMeetingValue,
  summaryBody,
  SUMMARY_CLOSE,
  SUMMARY_LEAD,
  type Meeting,
} from '../../src/core/meeting'
import { bundledMeetingTemplate } from '../../src/core/meeting/bundled'
import { nameFirst } from '../../src/core/meeting/names'
import { speechToText } from '../../src/core/text'
import { documents, exampleMeeting } from './meeting-helpers'

/** The tester's meeting: the 县水利局 conference, 周建国 the main speaker. */
const water: Meeting = {
  ...exampleMeeting(),
  items: [
    { ...exampleMeeting().items[0] },
    { action: '讲话', what: '', who: [{ name: '周建国', title: '县水利局局长' }], speech: 'x', summary: '' },
  ],
}
const summaryParagraph = (summary: string) =>
  speechToText(generateDocument(bundledMeetingTemplate('script'), setMeetingValue(water, 'items.1.summary', summary)))
    .split('\n')
    .find((l) => l.startsWith('刚才'))

describe('the summary after the main speech, as the script reads it', () => {
  const middle = '全面总结了2026年全县水利工作，安排部署了2027年重点任务，'
  const expected = `刚才，周建国局长作了重要讲话，${middle}大家要认真学习领会，抓好贯彻落实。`
  it('written as the middle alone: framed once', () => {
    expect(summaryParagraph(middle)).toBe(expected)
  })
  it('written as the whole sentence the chair reads: not said twice, and her opening as she wrote it', () => {
    // Tryout 14 C6: she typed 作了讲话 and the script read 作了重要讲话.
    expect(summaryParagraph(`刚才，周建国局长作了讲话，${middle}大家要认真学习领会，抓好贯彻落实。`)).toBe(
      `刚才，周建国局长作了讲话，${middle}大家要认真学习领会，抓好贯彻落实。`,
    )
    expect(summaryParagraph(`刚才，周建国局长作了重要讲话，${middle}`)).toBe(expected)
    expect(summaryParagraph(`刚才，周建国局长做了讲话，${middle}`)).toBe(
      `刚才，周建国局长做了讲话，${middle}大家要认真学习领会，抓好贯彻落实。`,
    )
  })
  it('the frame says 重要 only where it writes the opening itself', () => {
    expect(summaryParagraph(middle)).toContain('作了重要讲话')
    expect(fieldValue(water, '议程2.小结开头')).toBe('刚才，周建国局长作了重要讲话，')
    expect(
      fieldValue(setMeetingValue(water, 'items.1.summary', `刚才，周建国局长作了讲话，${middle}`), '议程2.小结开头'),
    ).toBe('刚才，周建国局长作了讲话，')
  })
  it('only the frame written: the frame alone, as she wrote it, not an unwritten summary', () => {
    expect(summaryParagraph('刚才，周建国局长作了讲话，大家要认真学习领会，抓好贯彻落实。')).toBe(
      '刚才，周建国局长作了讲话，大家要认真学习领会，抓好贯彻落实。',
    )
    expect(fieldValue(setMeetingValue(water, 'items.1.summary', '  '), '议程2.小结')).toBeNull()
  })
  it('keeps words of the office own that the frame does not say', () => {
    const own = `${middle}希望大家结合实际抓好贯彻落实。`
    expect(summaryBody(own)).toBe(own)
    expect(summaryBody('刚才的讲话讲得很好，')).toBe('刚才的讲话讲得很好，')
  })
  it('each part of the frame takes its example and leaves its counter-example', () => {
    for (const part of [SUMMARY_LEAD, SUMMARY_CLOSE]) {
      expect(part.example.text.replace(part.pattern, '')).toBe(part.example.rest)
      expect(part.counter.replace(part.pattern, '')).toBe(part.counter)
    }
  })
})

describe('a speaker named after the speech, the name first', () => {
  it('keeps the post a title ends with, not the office before it', () => {
    expect(nameFirst({ name: '周建国', title: '县水利局局长' })).toBe('周建国局长')
    expect(nameFirst({ name: '张强', title: '县长' })).toBe('张强县长')
    expect(nameFirst({ name: '王明', title: '常务副县长' })).toBe('王明常务副县长')
    expect(nameFirst({ name: '李华', title: '县政府办主任' })).toBe('李华主任')
    expect(nameFirst({ name: '孙丽', title: '县水务集团总经理' })).toBe('孙丽总经理')
    expect(nameFirst({ name: '赵刚', title: '石门镇水利站站长' })).toBe('赵刚站长')
  })
  it('a title with no post at its end stays in front of the name', () => {
    expect(nameFirst({ name: '陈七', title: '县农业农村局负责人' })).toBe('县农业农村局负责人陈七')
  })
  it('is what {{议程.称谓}} writes', () => {
    expect(fieldValue(water, '议程2.称谓')).toBe('周建国局长')
  })
})

describe('the script made from a summary written whole', () => {
  it('agrees with the record: the speaker’s name-first form and the summary raise no finding across the documents', () => {
    const m = setMeetingValue(
      water,
      'items.1.summary',
      '刚才，周建国局长作了讲话，全面总结了2026年全县水利工作，大家要认真学习领会，抓好贯彻落实。',
    )
    expect(checkMeeting({ meeting: m, docs: documents(m) })).toEqual([])
  })
})
