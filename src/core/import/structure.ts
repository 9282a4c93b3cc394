/**
 * Recognise the structure of a speech in plain text: title, subtitle, date and speaker
 * lines, greeting, opening, numbered parts and sections, items, closing; the kind of
 * every part and the years the speech reviews and plans. The result is plain data;
 * build.ts turns it into a document.
 */
import type { PartKind } from '../schema'
import { classifyLine, type LineKind } from './lines'
import { chineseNumeral } from '../numbering'
import { speechLines } from './normalize'
import { inferPartKind, yearsIn } from './kinds'

export interface TextBlock {
  type: 'paragraph' | 'item'
  text: string
  level: 3 | 4
  /** The number an item had in the text; its printed number follows from its position. */
  number?: number
}
export interface ParsedSection {
  type: 'section'
  heading: string
  runIn: boolean
  blocks: TextBlock[]
}
export interface ParsedPart {
  heading: string
  kind: PartKind
  year: number | null
  blocks: (TextBlock | ParsedSection)[]
}

export interface ParsedSpeech {
  title: string
  subtitle: string | null
  bylines: string[]
  greeting: string | null
  opening: string[]
  parts: ParsedPart[]
  closing: string[]
  reviewYear: number | null
  planYear: number | null
  /** What the recogniser noticed and the user should know (numbering it had to repair). */
  notes: string[]
}

/** A part heading may name its kind explicitly with a trailing marker, as templates do: "一、重点任务 #任务". */
const KIND_MARKERS: Record<string, PartKind> = { 回顾: 'review', 任务: 'tasks', 要求: 'requirements', 其他: 'other' }
const KIND_MARKER = /\s*#(回顾|任务|要求|其他)$/

const TITLE_MAX = 60
const BYLINE_MAX = 24
const CLOSING_START = /^同志们[，,！!]/
const THANKS = /谢谢(大家)?[！!。]?$/
/** Paragraphs after a review's last section that speak of the whole year, not of that section. */
const PART_SUMMARY =
  /^(同时|但是|当然|总的来看|总之|总体来看|回顾过去|过去的一年|一年来|这些成绩|在肯定成绩|成绩来之不易|我们也要清醒|我们也清醒)/

const isSentence = (line: string) => /[。！？；]$/.test(line) || line.length > TITLE_MAX

export function parseSpeech(text: string): ParsedSpeech {
  const lines = speechLines(text)
  const kinds = lines.map(classifyLine)
  const speech: ParsedSpeech = {
    title: '',
    subtitle: null,
    bylines: [],
    greeting: null,
    opening: [],
    parts: [],
    closing: [],
    reviewYear: null,
    planYear: null,
    notes: [],
  }

  let firstPart = kinds.findIndex((k) => k.type === 'part')
  if (firstPart < 0) firstPart = kinds.length
  const greetingAt = kinds.slice(0, firstPart).findIndex((k) => k.type === 'greeting')

  const headLen = greetingAt >= 0 ? greetingAt : headEnd(kinds.slice(0, firstPart))
  readHead(kinds.slice(0, headLen), speech)
  if (greetingAt >= 0) speech.greeting = lineText(kinds[greetingAt])
  speech.opening.push(...kinds.slice(greetingAt >= 0 ? greetingAt + 1 : headLen, firstPart).map(lineText))

  readParts(kinds.slice(firstPart), speech)
  takeClosing(speech)
  inferYearsAndKinds(speech)
  return speech
}

function lineText(k: LineKind): string {
  switch (k.type) {
    case 'part':
      return `${chineseNumeral(k.number)}、${k.text}`
    case 'section':
      // Only a section before the first part is read as text: it keeps its number.
      return `（${chineseNumeral(k.number)}）${k.heading}${k.body}`
    case 'item':
      return itemText(k)
    default:
      return k.text
  }
}

function itemText(k: { level: 3 | 4; number: number; text: string }): string {
  return k.level === 3 ? `${k.number}.${k.text}` : `（${k.number}）${k.text}`
}

/** How many leading lines of a greeting-less head are title matter rather than opening. */
function headEnd(head: LineKind[]): number {
  const short = (k: LineKind | undefined, max: number) =>
    k?.type === 'paragraph' && k.text.length <= max && !isSentence(k.text)
  let i = short(head[0], TITLE_MAX) ? 1 : 0
  while (i < head.length && (head[i].type === 'subtitle' || head[i].type === 'dateline' || short(head[i], BYLINE_MAX)))
    i++
  return i
}

/** Title, subtitle, date and speaker lines: everything before the greeting (or the first paragraph of prose). */
function readHead(head: LineKind[], speech: ParsedSpeech) {
  const end = head.length
  const titleLines: string[] = []
  for (let i = 0; i < end; i++) {
    const k = head[i]
    const text = lineText(k)
    if (k.type === 'subtitle' && speech.subtitle === null) speech.subtitle = k.text
    else if (k.type === 'dateline') speech.bylines.push(k.text)
    else if (
      speech.subtitle === null &&
      !speech.bylines.length &&
      !isSentence(text) &&
      titleLines.join('').length + text.length <= TITLE_MAX * 1.5
    )
      titleLines.push(text)
    else if (text.length <= BYLINE_MAX && !isSentence(text)) speech.bylines.push(text)
    else speech.opening.push(text)
  }
  speech.title = titleLines.join(' ')
}

function readParts(body: LineKind[], speech: ParsedSpeech) {
  let part: ParsedPart | null = null
  let section: ParsedSection | null = null
  let expected = 1
  let expectedSection = 1
  for (const k of body) {
    if (k.type === 'part') {
      if (k.number !== expected)
        speech.notes.push(
          `原文第${expected}部分编号写成了“${chineseNumeral(k.number)}、”，已按顺序重新编号为“${chineseNumeral(expected)}、”。`,
        )
      expected++
      expectedSection = 1
      part = { heading: k.text, kind: 'other', year: null, blocks: [] }
      speech.parts.push(part)
      section = null
      continue
    }
    if (!part) continue
    if (k.type === 'section') {
      if (k.number !== expectedSection)
        speech.notes.push(
          `“${part.heading}”中第${expectedSection}节编号写成了“（${chineseNumeral(k.number)}）”，已按顺序重新编号。`,
        )
      expectedSection++
      section = {
        type: 'section',
        heading: k.heading,
        runIn: k.body !== '',
        blocks: k.body ? [{ type: 'paragraph', text: k.body, level: 3 }] : [],
      }
      part.blocks.push(section)
    } else {
      const block: TextBlock =
        k.type === 'item'
          ? { type: 'item', text: k.text, level: k.level, number: k.number }
          : { type: 'paragraph', text: lineText(k), level: 3 }
      ;(section ?? part).blocks.push(block)
    }
  }
}

/** The closing is the paragraph that turns to the audience ("同志们，…") with all after it, or a last "谢谢大家！". */
function takeClosing(speech: ParsedSpeech) {
  const last = speech.parts.at(-1)
  if (!last) {
    const at = speech.opening.findIndex((p, i) => i > 0 && CLOSING_START.test(p))
    if (at > 0) speech.closing = speech.opening.splice(at)
    return
  }
  const containers: { blocks: (TextBlock | ParsedSection)[] }[] = [last]
  const lastSection = last.blocks.at(-1)
  if (lastSection?.type === 'section') containers.push(lastSection)
  for (const c of containers.reverse()) {
    // A closing has no sections after it: "同志们，" opening a part that goes on with sections is not one.
    const afterSections = c.blocks.reduce((n, x, i) => (x.type === 'section' ? i + 1 : n), 0)
    const at = c.blocks.findIndex(
      (b, i) =>
        i >= afterSections &&
        b.type === 'paragraph' &&
        CLOSING_START.test(b.text) &&
        !(c === lastSection && i === 0 && lastSection.runIn),
    )
    if (at >= 0) {
      speech.closing = (c.blocks.splice(at) as TextBlock[]).map(closingText)
      if (c !== last)
        speech.closing.push(
          ...(last.blocks.splice(last.blocks.indexOf(lastSection!) + 1) as TextBlock[]).map(closingText),
        )
      return
    }
  }
  const tail = (lastSection?.type === 'section' ? lastSection : last).blocks
  const end = tail.at(-1)
  if (end?.type === 'paragraph' && THANKS.test(end.text) && end.text.length <= 40 && tail.length > 1) {
    speech.closing = [end.text]
    tail.pop()
  }
}

/** The closing is plain paragraphs: an item in it keeps the number it was written with. */
function closingText(b: TextBlock): string {
  return b.type === 'item' && b.number !== undefined ? itemText({ ...b, number: b.number }) : b.text
}

function inferYearsAndKinds(speech: ParsedSpeech) {
  for (const part of speech.parts) {
    const marker = KIND_MARKER.exec(part.heading)
    if (marker) {
      speech.notes.push(`“${part.heading}”末尾的“#${marker[1]}”是部分类型标记，已去掉并把这部分设为“${marker[1]}”。`)
      part.heading = part.heading.slice(0, marker.index)
      part.kind = KIND_MARKERS[marker[1]]
    }
    part.year = yearsIn(part.heading)[0] ?? null
  }
  const headingKind = (p: ParsedPart) => inferPartKind(p.heading, '', null, null, null)
  const reviewHeading = speech.parts.find(
    (p) => p.year !== null && (p.kind === 'review' || headingKind(p) === 'review'),
  )
  const tasksHeading = speech.parts.find((p) => p.year !== null && (p.kind === 'tasks' || headingKind(p) === 'tasks'))
  let review = reviewHeading?.year ?? null
  let plan = tasksHeading?.year ?? null
  if (review === null && plan === null) {
    const opening = speech.opening.join('')
    const summed = /总结(?:了)?\s*((?:19|20)\d{2})\s*年/.exec(opening)
    const date = speech.bylines.map((b) => yearsIn(b)[0]).find((y) => y !== undefined)
    if (summed) review = Number(summed[1])
    else if (date !== undefined) plan = date
  }
  if (review === null && plan !== null) review = plan - 1
  if (plan === null && review !== null) plan = review + 1
  speech.reviewYear = review
  speech.planYear = plan

  for (const part of speech.parts) {
    if (KIND_MARKER.test(part.heading)) continue
    if (part.kind !== 'other') continue
    part.kind = inferPartKind(part.heading, partText(part), part.year, review, plan)
    if (part.year === null)
      part.year = part.kind === 'review' ? review : part.kind === 'tasks' || part.kind === 'requirements' ? plan : null
  }
  for (const part of speech.parts) {
    if (part.year === null && part.kind !== 'other') part.year = part.kind === 'review' ? review : plan
    if (part.kind === 'review') liftSummary(part)
  }
}

function partText(part: ParsedPart): string {
  return part.blocks
    .map((b) => (b.type === 'section' ? b.heading + b.blocks.map((x) => x.text).join('') : b.text))
    .join('')
}

/** Move the whole-year paragraphs that follow a review's last section out of it, to the part. */
function liftSummary(part: ParsedPart) {
  const last = part.blocks.at(-1)
  if (last?.type !== 'section') return
  const at = last.blocks.findIndex((b, i) => i > 0 && b.type === 'paragraph' && PART_SUMMARY.test(b.text))
  if (at > 0) part.blocks.push(...last.blocks.splice(at))
}
