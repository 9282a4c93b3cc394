/**
 * An agenda item's content that says its action itself (宣读……表彰决定) is written as it is after
 * the speakers, in all three documents; one that cannot be made into the agenda's sentence (a
 * 表彰 of a paper) is named by the record's check (tryout 14 C2: 表彰 with “宣读……表彰决定” made
 * “……李强为宣读……表彰决定颁奖” in the agenda, the notice and the script, and the check was silent).
 */
import { describe, expect, it } from 'vitest'
import {
  type ActionId,
  type AgendaItem,
  agendaPhrase,
  callPhrase,
  checkMeeting,
  NAMES_PAPER,
  NAMES_REPORT,
  SAYS_ACTION,
} from '../../src/core/meeting'
import { speechToText } from '../../src/core/text'
import { documents, exampleMeeting } from './meeting-helpers'

const LI = { name: '李强', title: '县农业机械化服务中心副主任' }
const item = (action: ActionId, what: string, who = [LI]): AgendaItem => ({
  action,
  what,
  who,
  speech: null,
  summary: '',
})
const DECISION = '2025年度全县农机化工作先进集体和先进个人表彰决定'

describe('contents that say their action', () => {
  for (const [name, rule] of Object.entries({ SAYS_ACTION, NAMES_PAPER, NAMES_REPORT })) {
    it.each(rule.must)(`${name} matches %s`, (text) => {
      expect(text).toMatch(rule.pattern)
    })
    it.each(rule.mustNot)(`${name} does not match %s`, (text) => {
      expect(text).not.toMatch(rule.pattern)
    })
  }

  // [action, content, with a speaker, the agenda's phrase]
  const CASES: [ActionId, string, boolean, string][] = [
    // 表彰 (颁奖): a content with its own verb as it is; recipients inside the action's words.
    ['表彰', `宣读${DECISION}`, true, `县农业机械化服务中心副主任李强宣读${DECISION}`],
    [
      '表彰',
      '为受表彰的先进集体和先进个人颁奖',
      true,
      '县农业机械化服务中心副主任李强为受表彰的先进集体和先进个人颁奖',
    ],
    ['表彰', '2025年度先进集体和先进个人', true, '县农业机械化服务中心副主任李强为2025年度先进集体和先进个人颁奖'],
    ['表彰', '2025年度先进集体和先进个人', false, '表彰2025年度先进集体和先进个人'],
    ['表彰', '表彰2025年度全县人社工作先进单位', false, '表彰2025年度全县人社工作先进单位'],
    // 宣读: never 宣读宣读.
    ['宣读', '表彰决定', true, '县农业机械化服务中心副主任李强宣读表彰决定'],
    ['宣读', `宣读${DECISION}`, true, `县农业机械化服务中心副主任李强宣读${DECISION}`],
    // 讲话: the content is not part of its words.
    ['讲话', '', true, '县农业机械化服务中心副主任李强讲话'],
    ['讲话', '作重要讲话', true, '县农业机械化服务中心副主任李强讲话'],
    // 交流发言: a topic, even one that opens with an ordinary verb; a content that is the action itself as it is.
    ['交流发言', '河长制工作', true, '县农业机械化服务中心副主任李强就河长制工作作交流发言'],
    ['交流发言', '推进高标准农田建设', true, '县农业机械化服务中心副主任李强就推进高标准农田建设作交流发言'],
    ['交流发言', '作交流发言', true, '县农业机械化服务中心副主任李强作交流发言'],
    ['交流发言', '就农机社会化服务作交流发言', true, '县农业机械化服务中心副主任李强就农机社会化服务作交流发言'],
    // 签订: never 签订签订.
    ['签订', '2026年度安全生产目标责任书', false, '签订2026年度安全生产目标责任书'],
    ['签订', '签订2026年度安全生产目标责任书', false, '签订2026年度安全生产目标责任书'],
    // 报告: never 作作.
    ['报告', '', true, '县农业机械化服务中心副主任李强作工作报告'],
    ['报告', '作2025年度农机化工作报告', true, '县农业机械化服务中心副主任李强作2025年度农机化工作报告'],
  ]
  it.each(CASES)('%s “%s” (speaker: %s) → %s', (action, what, who, phrase) => {
    expect(agendaPhrase(item(action, what, who ? [LI] : []))).toBe(phrase)
  })

  it('the chair calls a content with its own verb as it is', () => {
    expect(callPhrase(item('表彰', `宣读${DECISION}`))).toBe(`请县农业机械化服务中心副主任李强同志宣读${DECISION}`)
  })
})

describe('the meeting of tryout 14', () => {
  const meeting = () => {
    const m = exampleMeeting()
    return { ...m, items: [item('表彰', `宣读${DECISION}`), ...m.items] }
  }

  it('the notice, the agenda and the script say 李强宣读……表彰决定, never 为宣读……颁奖', () => {
    const docs = documents(meeting())
    for (const kind of ['notice', 'agenda', 'script'] as const) {
      const text = speechToText(docs[kind])
      expect(text, kind).toContain(`李强${kind === 'script' ? '同志' : ''}宣读${DECISION}`)
      expect(text, kind).not.toContain('为宣读')
    }
  })

  it('the record check names a 表彰 of a paper, which no document can say, and not the same content read out', () => {
    const m = meeting()
    const paper = { ...m, items: [item('表彰', DECISION), ...m.items.slice(1)] }
    const messages = (x: typeof m) =>
      checkMeeting({ meeting: x, docs: documents(x) })
        .filter((f) => f.path === 'items.0.what')
        .map((f) => f.message)
    expect(messages(paper)).toEqual([
      `第一项议程（表彰）的内容“${DECISION}”是一份文件，写不成“为${DECISION}颁奖”：如是宣读这份文件，请把类型改为“宣读”或在内容前写上“宣读”；如是颁奖，内容请写受表彰的单位和个人。`,
    ])
    expect(messages(m)).toEqual([])
    expect(messages({ ...m, items: [item('宣读', DECISION), ...m.items.slice(1)] })).toEqual([])
  })

  it('names a 报告 of no report (作2025年度工作情况), and not a report or a content with its own verb', () => {
    const m = meeting()
    const withItem = (what: string) => ({ ...m, items: [item('报告', what), ...m.items.slice(1)] })
    const messages = (what: string) =>
      checkMeeting({ meeting: withItem(what), docs: documents(withItem(what)) })
        .filter((f) => f.path === 'items.0.what')
        .map((f) => f.message)
    expect(messages('2025年度工作情况')).toEqual([
      '第一项议程（报告）的内容“2025年度工作情况”不是一份报告，写不成“作2025年度工作情况”：请写成“……工作报告”这样，或在内容前写上动作（如“通报2025年度工作情况”）。',
    ])
    expect(messages('2025年度农机化工作报告')).toEqual([])
    expect(messages('通报2025年度工作情况')).toEqual([])
    expect(messages('')).toEqual([])
  })
})
