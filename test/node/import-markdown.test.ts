/**
 * A speech copied from an AI chat tool with its Markdown left in (corpus 246): the marks come off
 * in every route a text is imported by (the import's text, a .txt file as the CLI and the app's
 * worker load it, a whole speech pasted over a draft), no word is lost, and the preview says what
 * was taken off. A speech typed in an office keeps its masks and its dash line.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AllSelection, EditorState } from 'prosemirror-state'
import { importText } from '../../src/core/import'
import { stripMarkdown } from '../../src/core/import/markdown'
import { loadSpeechFile } from '../../src/core/import/source'
import { holdsPartHeadings, pasteWholeSpeech } from '../../src/core/paste-speech'

const CORPUS = join(__dirname, '../fixtures/corpus')
const FARM = readFileSync(join(CORPUS, '246-njzx-county-farm-machinery-markdown-february.txt'), 'utf8')

/** Two more departments' speeches as a chat tool gives them: 人社 with ### sections, 教育 with * points and inline bold. */
const HRSS = [
  '好的，以下是为您撰写的讲话稿：',
  '# 在全县人力资源和社会保障工作会议上的讲话',
  '**县人力资源和社会保障局局长　王建华**',
  '同志们：',
  '今天召开会议，我讲两点意见。',
  '## 一、2025年工作回顾',
  '### （一）就业形势总体稳定',
  '全年城镇新增就业3250人，完成目标任务的108.3%。',
  '***',
  '## 二、2026年重点任务',
  '**（一）稳定扩大就业。** 全年城镇新增就业3300人以上。',
  '谢谢大家！',
  '',
  '希望这篇讲话稿对您有所帮助！如需调整字数或语气，请随时告诉我。',
].join('\n')
const SCHOOL = [
  '在全县教育工作会议上的讲话',
  '同志们：',
  '今天召开会议，我讲两点意见。',
  '一、2025年工作回顾',
  '全年新建幼儿园5所，要做到**三个坚持**，办好人民满意的教育。',
  '二、工作要求',
  '* **一是压实责任。** 各学校要明确专人负责。',
  '* **二是强化督导。** 教育督导室要加强检查。',
  '谢谢大家！',
].join('\n')

/** The words of a text: every character but Markdown's marks and space. */
const words = (text: string) => text.replace(/[#*\-+\s\u3000]/g, '')

describe('a speech copied from a chat tool with its Markdown', () => {
  it('keeps every word of the speech; only the marks and the chat tool’s first line go (246, 人社, 教育)', () => {
    for (const [text, preamble] of [
      [FARM, '以下是讲话稿：'],
      [HRSS, '好的，以下是为您撰写的讲话稿：希望这篇讲话稿对您有所帮助！如需调整字数或语气，请随时告诉我。'],
      [SCHOOL, null],
    ] as const) {
      const { text: plain, taken } = stripMarkdown(text)
      expect((taken.preamble ?? '') + (taken.epilogue ?? '')).toBe(preamble ?? '')
      const chat = [taken.preamble, taken.epilogue].filter((l) => l !== null)
      expect(words(plain)).toBe(words(chat.reduce((t, l) => t.replace(l, ''), text)))
      expect(plain).not.toMatch(/\*\*|^#|^- |^---/m)
    }
  })

  it('reads its parts, sections, byline and date; the preview says what was taken off (246)', () => {
    const { doc, speech } = importText(FARM)
    expect(speech.title).toBe('在全县农业机械化工作会议上的讲话')
    expect(speech.bylines).toEqual(['县农业机械化服务中心主任 刘振华', '（2026年2月27日）'])
    expect(speech.parts.map((p) => [p.heading, p.kind])).toEqual([
      ['2025年工作回顾', 'review'],
      ['2026年重点任务', 'tasks'],
      ['工作要求', 'requirements'],
    ])
    expect(speech.parts.map((p) => p.blocks.filter((b) => b.type === 'section').length)).toEqual([4, 4, 0])
    expect(doc.textContent).not.toMatch(/\*|#|---/)
    expect(speech.notes[0]).toBe(
      '原文带着从 AI 对话工具复制来的 Markdown 排版符号，已去掉：标题前的“#”4 处、加粗用的“**”13 对、列表前的“- ”3 处、分隔线“---”1 行，文字一字未改；第一行“以下是讲话稿：”是对话工具的话，不是讲稿，没有放进讲稿。请核对标题和编号。',
    )
  })

  it('reads the same from a .txt file (the CLI’s and the app’s route) and pasted over a whole draft', async () => {
    const loaded = await loadSpeechFile(new TextEncoder().encode(HRSS), '讲话.txt', async () => {
      throw new Error('no mammoth for a .txt')
    })
    expect(loaded.speech?.parts.map((p) => p.heading)).toEqual(['2025年工作回顾', '2026年重点任务'])
    expect(loaded.speech?.bylines).toEqual(['县人力资源和社会保障局局长 王建华'])
    expect(loaded.speech?.notes[0]).toMatch(/^原文带着从 AI 对话工具复制来的 Markdown 排版符号/)
    expect(loaded.speech?.notes[0]).toContain(
      '最后一行“希望这篇讲话稿对您有所帮助！如需调整字数或语气，请随时告诉我。”',
    )
    expect(loaded.speech?.closing.join('')).toBe('谢谢大家！')

    const draft = importText('旧稿标题\n同志们：\n今天开会。\n一、工作回顾\n全年做了很多。\n').doc
    const state = EditorState.create({ doc: draft, selection: new AllSelection(draft) })
    const lines = SCHOOL.split('\n')
    expect(holdsPartHeadings(HRSS.split('\n'))).toBe(true)
    const pasted = state.apply(pasteWholeSpeech(state, lines)!)
    expect(pasted.doc.textContent).toContain('要做到三个坚持，办好人民满意的教育。')
    expect(pasted.doc.textContent).toContain('一是压实责任。 各学校要明确专人负责。')
  })

  it('leaves a typed speech alone: its masks, its dash line, its #任务 marker (seed, 65, templates)', () => {
    for (const text of [
      '2022年全市人社工作会议讲话\n- 在全市人社工作会议上的讲话\n同志们：\n一、2021年工作回顾\n全年实现城镇新增就业****人，由**同志负责，***万元。\n驻纪检组组长***对全系统党风廉政建设作了部署。\n',
      '同志们：\n一、重点任务 #任务\n惠及企业***家。\n',
    ]) {
      const { text: plain, taken } = stripMarkdown(text)
      expect(plain).toBe(text)
      expect(taken).toEqual({ preamble: null, epilogue: null, headings: 0, strong: 0, bullets: 0, rules: 0 })
    }
    expect(importText('同志们：\n一、2021年工作回顾\n全年实现城镇新增就业****人。\n').speech.notes).toEqual([])
  })
})
